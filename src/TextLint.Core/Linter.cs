using TextLint.Core.Decoding;
using TextLint.Core.Dictionaries;
using TextLint.Core.Extraction;
using TextLint.Core.Findings;
using TextLint.Core.Matching;
using TextLint.Core.Normalization;
using TextLint.Core.Reporting;
using TextLint.Core.Rules;
using TextLint.Core.Segmentation;
using TextLint.Core.Sources;
using TextLint.Core.Verification;

namespace TextLint.Core;

/// <summary>
/// The façade over the pipeline (decode → extract → normalize → scan → verify → rules → findings).
/// Built once from <see cref="LinterOptions"/>, which compiles every dictionary into one automaton;
/// after that it is safe to share between threads (its one changing part is a thread-safe record of
/// the short blocks it has met, see <see cref="LinterOptions.ReuseRepeatedBlocks"/>).
/// </summary>
/// <example>
/// <code>
/// var linter = new Linter();
/// foreach (var f in linter.Lint("我们要再接再励，建设美丽乡村。"))
///     Console.WriteLine($"{f.Line}:{f.Column} {f.RuleId} {f.Message}");
/// </code>
/// </example>
public sealed class Linter
{
    private readonly TermMatcher _matcher;
    private readonly DictionaryRule _dictionaryRule;
    private readonly ProtectedPhraseRule? _protectedRule;
    private readonly NearMissVerifier? _nearMissVerifier;
    private readonly RuleSettings _settings;
    private readonly HtmlExtractor _htmlExtractor = new();
    private static readonly MarkdownExtractor MarkdownExtractor = new();
    private readonly IBlockRule[] _blockRules;
    private readonly BoundaryVerifier _verifier;
    private readonly IReadOnlyDictionary<string, Severity?> _ruleSeverities;
    private readonly bool _inlineDirectives;
    private readonly int _maxFindingsPerRule;
    private readonly RepeatedBlocks? _repeatedBlocks;

    /// <summary>Builds a linter. Throws <see cref="TextLintException"/> when a user file is missing or malformed.</summary>
    public Linter(LinterOptions? options = null)
    {
        options ??= new LinterOptions();
        var dictionaries = new DictionarySet();
        if (options.UseDefaultDictionaries) dictionaries.AddBuiltIn();
        foreach (var path in options.UserDictionaryFiles) dictionaries.AddUserList(path);
        foreach (var path in options.AllowlistFiles) dictionaries.AddAllowlist(path);
        foreach (var path in options.ProtectedPhraseFiles) dictionaries.AddProtectedPhrases(path);
        dictionaries.AllowedPhrases.AddRange(options.AllowedPhrases);

        _ruleSeverities = new Dictionary<string, Severity?>(options.RuleSeverities, StringComparer.Ordinal);
        _inlineDirectives = options.InlineDirectives;
        _maxFindingsPerRule = options.MaxFindingsPerRule;
        _repeatedBlocks = options.ReuseRepeatedBlocks ? new RepeatedBlocks() : null;
        _settings = new RuleSettings(options.OnlyRulePrefixes, _ruleSeverities);
        _verifier = new BoundaryVerifier(() => Lexicon.Default);
        _dictionaryRule = new DictionaryRule(_settings, _verifier);
        // Near-misses of protected phrases: their anchors join the one automaton (none when the rules are off).
        NearMissIndex? nearMisses = null;
        if (dictionaries.ProtectedPhrases.Count > 0)
        {
            nearMisses = new NearMissIndex(dictionaries.ProtectedPhrases, Normalizer.Default);
            _nearMissVerifier = new NearMissVerifier(nearMisses, () => Lexicon.Default);
            var rule = new ProtectedPhraseRule(_settings, _nearMissVerifier);
            if (rule.Enabled) _protectedRule = rule;
            else nearMisses = null;
        }
        _matcher = new TermMatcher(dictionaries.Entries, dictionaries.AllowedPhrases, Normalizer.Default, nearMisses);
        _blockRules = [.. BlockRules.All];
        Rules = ResolveRules(_settings, _blockRules);
    }

    /// <summary>A view of <paramref name="source"/> with other rule settings: shares the compiled automaton and the lexicon.</summary>
    private Linter(Linter source, RuleSettings settings)
    {
        _matcher = source._matcher;
        _ruleSeverities = source._ruleSeverities;
        _inlineDirectives = source._inlineDirectives;
        _maxFindingsPerRule = source._maxFindingsPerRule;
        // Other settings, other outcomes: the source's blocks are not the view's. A view is made per request
        // and lives for one document, so it keeps none of its own either (that would cost more than it saves).
        _repeatedBlocks = null;
        _settings = settings;
        _verifier = source._verifier;
        _dictionaryRule = new DictionaryRule(settings, _verifier);
        _nearMissVerifier = source._nearMissVerifier;
        // The anchors are compiled only when the source linter reports near-misses.
        if (source._protectedRule is not null && new ProtectedPhraseRule(settings, _nearMissVerifier!) is { Enabled: true } rule)
            _protectedRule = rule;
        _blockRules = source._blockRules;
        Rules = ResolveRules(settings, _blockRules);
    }

    /// <summary>
    /// This linter with <see cref="LinterOptions.OnlyRulePrefixes"/> replaced by <paramref name="onlyRulePrefixes"/>
    /// (empty: every rule), as the command line's <c>--only</c> replaces a configuration's <c>only</c>; the
    /// configured severities still apply. Cheap: the dictionaries are not compiled again, so a host can
    /// make one per request.
    /// </summary>
    public Linter WithOnlyRules(IEnumerable<string> onlyRulePrefixes) =>
        new(this, new RuleSettings(onlyRulePrefixes, _ruleSeverities));

    /// <summary>Every rule there is, on or off: what a directive's rule names are checked against.</summary>
    private static IEnumerable<RuleDescriptor> AllRules(IBlockRule[] blockRules) =>
        DictionaryRules.All.Concat(ProtectedPhraseRules.All).Concat(blockRules.SelectMany(r => r.Descriptors)).Concat(InlineDirectiveRules.All);

    private static List<RuleDescriptor> ResolveRules(RuleSettings settings, IBlockRule[] blockRules) =>
        AllRules(blockRules)
            .Select(d => settings.Resolve(d.Id, d.DefaultSeverity) is { } s ? d with { DefaultSeverity = s } : null)
            .OfType<RuleDescriptor>()
            .ToList();

    /// <summary>
    /// Starts loading the data that rules load lazily on their first hit (the word-boundary lexicon,
    /// then the statistical typo model built on it) on the thread pool, and returns at once. For hosts
    /// about to lint with a spare core: the load overlaps building the linter and reading input
    /// instead of delaying the first finding. A failed load surfaces where the data is first needed.
    /// </summary>
    public static void PreloadSharedDataInBackground()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            try
            {
                _ = Lexicon.Default;
                _ = TextLint.Core.Rules.Suspect.SuspectDetector.Default;
            }
            catch (Exception) { /* reported where the data is needed */ }
        }, null);
    }

    /// <summary>Every rule this linter reports, with its effective default severity (rules turned off are left out).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Number of distinct patterns compiled into the automaton.</summary>
    public int PatternCount => _matcher.PatternCount;

    /// <summary>Lints plain text; offsets are into <paramref name="text"/>.</summary>
    public IReadOnlyList<Finding> Lint(string text) =>
        LintBlocks(text, [new TextBlock(text, BlockPart.Text, 0)]).Kept;

    /// <summary>Lints an HTML page; offsets are into <paramref name="html"/> (the source, not extracted text).</summary>
    public IReadOnlyList<Finding> LintHtml(string html) => LintBlocks(html, _htmlExtractor.Extract(html)).Kept;

    /// <summary>
    /// Reads, decodes and lints one file; never throws for bad input — the problem is in
    /// <see cref="DocumentResult.Error"/> (a file over <see cref="SourceOptions.DefaultMaxEntryBytes"/>, as the
    /// command line's default limit, is one).
    /// </summary>
    public DocumentResult LintFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = SourceReader.ReadAllBytes(new SourceItem(path, path, false));
        }
        catch (TextLintException e)
        {
            return new DocumentResult { Path = path, Error = e.Message };
        }
        return LintBytes(path, bytes);
    }

    /// <summary>Decodes and lints bytes named <paramref name="path"/> (HTML when the name ends in .html/.htm/.shtml or the bytes look like HTML).</summary>
    public DocumentResult LintBytes(string path, byte[] bytes) => LintBytes(path, bytes, null, null);

    /// <summary>
    /// Like <see cref="LintBytes(string, byte[])"/>, with the format given by the caller (null: from the
    /// name, else sniffed) and a charset declared outside the bytes (an HTTP <c>Content-Type</c>), if any.
    /// </summary>
    public DocumentResult LintBytes(string path, byte[] bytes, DocumentFormat? knownFormat, string? declaredCharset)
    {
        DecodedText? decoded = null;
        try
        {
            var format = knownFormat ?? DocumentFormats.FromPath(path);
            decoded = format == DocumentFormat.Docx
                ? new DecodedText(DocxText.Read(bytes, path), "docx")
                : TextDecoder.Decode(bytes, format == DocumentFormat.Html, path, declaredCharset);
            var blocks = BlocksOf(decoded.Text, format ?? DocumentFormats.Sniff(decoded.Text));
            var findings = LintBlocks(decoded.Text, blocks);
            return new DocumentResult
            {
                Path = path,
                Encoding = decoded.EncodingName,
                Findings = findings.Kept,
                TurnedOffByComments = findings.TurnedOffByComments,
                CappedRules = findings.CappedRules,
                CharacterCount = blocks.Sum(b => (long)b.Text.Length),
                Source = decoded.Text,
            };
        }
        catch (TextLintException e)
        {
            return new DocumentResult { Path = path, Encoding = decoded?.EncodingName, Error = e.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must not end a batch or show a stack trace; say what happened in one line.
            return new DocumentResult { Path = path, Encoding = decoded?.EncodingName, Error = $"internal error ({e.GetType().Name}): {e.Message}" };
        }
    }

    /// <summary>Lints text that is already decoded (e.g. a JSON Lines post's <c>content</c>); offsets are into <paramref name="text"/>.</summary>
    public DocumentResult LintText(string path, string text, DocumentFormat format)
    {
        var blocks = BlocksOf(text, format);
        var findings = LintBlocks(text, blocks);
        return new DocumentResult
        {
            Path = path, Encoding = "utf-8", Findings = findings.Kept,
            TurnedOffByComments = findings.TurnedOffByComments, CappedRules = findings.CappedRules,
            CharacterCount = blocks.Sum(b => (long)b.Text.Length), Source = text,
        };
    }

    /// <summary>The readable blocks of a document in <paramref name="format"/>.</summary>
    private IReadOnlyList<TextBlock> BlocksOf(string text, DocumentFormat format) => format switch
    {
        DocumentFormat.Html => _htmlExtractor.Extract(text),
        DocumentFormat.Markdown => MarkdownExtractor.Extract(text),
        _ => [new TextBlock(text, BlockPart.Text, 0)],
    };

    /// <param name="source">The document as decoded: finding offsets point into it.</param>
    /// <param name="blocks">Its readable text, each block mapped back to the source.</param>
    /// <returns>The document's findings in source order, with what its comments turned off and which rules reached their limit.</returns>
    private DocumentFindings LintBlocks(string source, IReadOnlyList<TextBlock> blocks)
    {
        var directives = _inlineDirectives ? InlineDirectives.Find(source) : null;
        var findings = new DocumentFindings(_maxFindingsPerRule, directives);
        var lines = new LineIndex(source);
        // A page has dozens of blocks (each menu item, each paragraph): the lists are made once per page.
        List<AnchorHit>? anchorHits = _protectedRule is null ? null : [];
        var blocked = new List<(int Start, int End)>();
        // Blocks met before are not linted again, unless comments in this document turn rules off (they
        // apply to findings by place) or a rule is at or near its limit here (rules then skip work).
        var repeated = directives is null ? _repeatedBlocks : null;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Text.Length == 0) continue;
            bool keep = false;
            if (repeated is not null && RepeatedBlocks.Keeps(block) && !findings.AnyRuleFull)
            {
                if (repeated.TryGet(block, out var outcome, out keep) && findings.HasRoomFor(outcome.Length))
                {
                    RepeatedBlocks.Replay(outcome, new FindingLocator(block, lines), findings);
                    continue;
                }
            }
            var recording = keep ? RepeatedBlocks.StartRecording() : null;
            var locator = new FindingLocator(block, lines) { Recording = recording };
            LintBlock(block, locator, anchorHits, blocked, findings);
            if (recording is not null && !findings.AnyRuleFull) repeated!.Add(block, recording);
        }
        if (directives is not null) ReportUnknownRuleNames(directives, source, lines, findings);
        findings.SortIntoSourceOrder();
        return findings;
    }

    /// <summary>Lints one block: one scan for the dictionaries and the protected phrases' anchors, then the block rules.</summary>
    private void LintBlock(TextBlock block, FindingLocator locator, List<AnchorHit>? anchorHits, List<(int Start, int End)> blocked, DocumentFindings findings)
    {
        using var normalized = _matcher.Normalizer.Normalize(block.Text);
        anchorHits?.Clear();
        blocked.Clear();
        var hits = _matcher.Scan(normalized.Folded, anchorHits, blocked);
        if (hits.Count > 0)
            foreach (var (start, end, _) in _dictionaryRule.Report(hits, normalized, locator, findings)) blocked.Add((start, end));
        if (anchorHits is { Count: > 0 }) _protectedRule!.Report(anchorHits, normalized, locator, blocked, findings);
        if (_blockRules.Length == 0) return;
        // Block rules that read folded text (typo.suspect) reuse this one rather than fold the block again.
        var blockFindings = new BlockFindings(locator, _settings, findings, normalized);
        foreach (var rule in _blockRules) rule.Check(block.Text, blockFindings);
    }

    /// <summary>Forgets the blocks met so far, so that the next document is linted as if it were the first (for benchmarks).</summary>
    internal void ForgetRepeatedBlocks() => _repeatedBlocks?.Clear();

    /// <summary>Reports each rule name in a directive that names no rule and is no prefix of one: it turns nothing off, which its author should know.</summary>
    private void ReportUnknownRuleNames(InlineDirectives directives, string source, LineIndex lines, DocumentFindings findings)
    {
        var rule = InlineDirectiveRules.UnknownRule;
        if (_settings.Resolve(rule.Id, rule.DefaultSeverity) is not { } severity) return;
        var ruleIds = AllRules(_blockRules).Select(r => r.Id).ToList();
        foreach (var name in directives.RuleNames)
        {
            if (ruleIds.Any(id => RuleSettings.IsUnder(id, name.Name))) continue;
            var comment = new TextBlock(source[name.CommentStart..name.CommentEnd], BlockPart.Text, name.CommentStart);
            // A directive cannot turn off the warning about its own rule names.
            findings.Add(new FindingLocator(comment, lines).Create(rule, severity, name.Offset - name.CommentStart, name.Name.Length, []), directivesApply: false);
        }
    }
}
