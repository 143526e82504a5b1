using TextLint.Core.Extraction;
using TextLint.Core.Rules;

namespace TextLint.Core.Findings;

/// <summary>
/// The places where a document's author turned rules off and on again with comments, in the
/// syntax of JavaScript textlint's comment filter, which Chinese editors already use:
/// <c>&lt;!-- textlint-disable --&gt;</c> … <c>&lt;!-- textlint-enable --&gt;</c> for every rule,
/// <c>&lt;!-- textlint-disable usage.xinhua, typo --&gt;</c> for the listed rule ids or prefixes
/// (<c>typo</c> covers <c>typo.common</c>, as in configuration). A region without an enable runs to
/// the end of the document. Read from the source text itself, so it works the same in HTML,
/// Markdown and plain text; a finding is off when its first character lies in a region that turns
/// its rule off.
/// </summary>
public sealed class InlineDirectives
{
    private const string Disable = "textlint-disable";
    private const string Enable = "textlint-enable";

    /// <summary>One directive: where its comment starts, whether it turns rules off, and which (empty: all).</summary>
    private readonly record struct Directive(int Offset, bool TurnsOff, IReadOnlyList<RuleName> Rules);

    /// <summary>A rule id or prefix as written in a directive, with its position in the source.</summary>
    /// <param name="Name">The id or prefix.</param>
    /// <param name="Offset">Offset of its first character in the source.</param>
    /// <param name="CommentStart">Offset of the directive's <c>&lt;!--</c>.</param>
    /// <param name="CommentEnd">Offset just past its <c>--&gt;</c>.</param>
    public readonly record struct RuleName(string Name, int Offset, int CommentStart, int CommentEnd);

    private readonly List<Directive> _directives;

    private InlineDirectives(List<Directive> directives) => _directives = directives;

    /// <summary>The rule names the directives list, in source order (to check that each names a rule).</summary>
    public IEnumerable<RuleName> RuleNames => _directives.SelectMany(d => d.Rules);

    /// <summary>The directives in <paramref name="source"/>, or null when it has none (the common case, decided by one search).</summary>
    public static InlineDirectives? Find(string source)
    {
        if (!source.Contains("textlint-", StringComparison.Ordinal)) return null;
        List<Directive>? directives = null;
        // Comments do not nest: one ends where the HTML tokenizer ends it (HtmlMarkup.EndOfComment), and the
        // next starts at the "<!--" after it, so the walk starts at the document's first comment.
        int open = source.IndexOf("<!--", StringComparison.Ordinal);
        while (open >= 0)
        {
            int end = HtmlMarkup.EndOfComment(source, open + 4, out int textEnd);
            if (textEnd == source.Length) break; // a comment that never ends hides the rest of the document anyway
            if (TryRead(source, open, textEnd, end) is { } directive) (directives ??= []).Add(directive);
            open = source.IndexOf("<!--", end, StringComparison.Ordinal);
        }
        return directives is null ? null : new InlineDirectives(directives);
    }

    /// <summary>Removes from <paramref name="findings"/> those the directives turn off; returns how many.</summary>
    public int RemoveTurnedOff(List<Finding> findings) => findings.RemoveAll(TurnsOff);

    /// <summary>Whether the directives turn off <paramref name="finding"/>'s rule where the finding starts.</summary>
    public bool TurnsOff(Finding finding)
    {
        bool off = false;
        foreach (var directive in _directives)
        {
            if (directive.Offset > finding.Offset) break;
            if (directive.Rules.Count == 0 || directive.Rules.Any(r => RuleSettings.IsUnder(finding.RuleId, r.Name)))
                off = directive.TurnsOff;
        }
        return off;
    }

    /// <summary>
    /// Reads the comment source[open .. end), whose text ends at <paramref name="close"/>, as a directive, or
    /// null when it is another comment.
    /// </summary>
    private static Directive? TryRead(string source, int open, int close, int end)
    {
        int i = SkipSpace(source, open + 4, close);
        var text = source.AsSpan(i, Math.Max(close - i, 0));
        bool turnsOff;
        if (text.StartsWith(Disable, StringComparison.Ordinal)) { turnsOff = true; i += Disable.Length; }
        else if (text.StartsWith(Enable, StringComparison.Ordinal)) { turnsOff = false; i += Enable.Length; }
        else return null;
        // "textlint-disable-next-line" and the like are not ours: the keyword must end here.
        if (i < close && !char.IsWhiteSpace(source[i])) return null;
        var rules = new List<RuleName>();
        while (true)
        {
            i = SkipSpace(source, i, close);
            while (i < close && source[i] == ',') i = SkipSpace(source, i + 1, close);
            if (i >= close) break;
            int start = i;
            while (i < close && source[i] != ',' && !char.IsWhiteSpace(source[i])) i++;
            rules.Add(new RuleName(source[start..i], start, open, end));
        }
        return new Directive(open, turnsOff, rules);
    }

    private static int SkipSpace(string source, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(source[i])) i++;
        return i;
    }
}
