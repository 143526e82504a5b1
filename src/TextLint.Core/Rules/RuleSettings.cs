using TextLint.Core.Findings;

namespace TextLint.Core.Rules;

/// <summary>
/// The user's choices about rules, resolved per rule id: whether it reports and at what severity.
/// A setting keyed by a prefix (<c>typo</c>, <c>sensitive.</c>) applies to every id under it; the
/// longest matching key wins, so <c>typo: off</c> with <c>typo.protected: error</c> keeps one rule.
/// </summary>
public sealed class RuleSettings
{
    private readonly IReadOnlyList<string> _onlyPrefixes;
    private readonly IReadOnlyDictionary<string, Severity?> _severities;
    // Resolve runs once per hit; the answers depend only on (rule id, listed severity), of which
    // there are a handful, so they are computed once each.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Severity), Severity?> _resolved = new();
    // IsEnabled runs for every block rule on every block of every page. Descriptors are few and live as
    // long as the rules, so their answers sit in a small array compared by reference: no string hashing.
    private (RuleDescriptor Rule, bool Enabled)[] _enabled = [];

    /// <summary>Settings from linter options.</summary>
    public RuleSettings(IEnumerable<string> onlyPrefixes, IReadOnlyDictionary<string, Severity?> severities)
    {
        _onlyPrefixes = onlyPrefixes.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        _severities = severities;
    }

    /// <summary>Whether <paramref name="id"/> is <paramref name="prefix"/> or lies under it (<c>typo</c> covers <c>typo.common</c>, not <c>typos</c>).</summary>
    public static bool IsUnder(string id, string prefix)
    {
        prefix = prefix.TrimEnd('.', '*');
        return id.Length == prefix.Length ? id == prefix
            : id.StartsWith(prefix, StringComparison.Ordinal) && (prefix.Length == 0 || id[prefix.Length] == '.');
    }

    /// <summary>The effective severity of a hit of rule <paramref name="ruleId"/> whose list gave <paramref name="listed"/>, or null when the rule is off.</summary>
    public Severity? Resolve(string ruleId, Severity listed) =>
        _resolved.GetOrAdd((ruleId, listed), static (key, self) => self.ResolveUncached(key.Item1, key.Item2), this);

    /// <summary>Whether <paramref name="rule"/> reports at all (at its default severity) under these settings.</summary>
    public bool IsEnabled(RuleDescriptor rule)
    {
        var known = Volatile.Read(ref _enabled);
        foreach (var (candidate, enabled) in known)
            if (ReferenceEquals(candidate, rule)) return enabled;
        bool answer = Resolve(rule.Id, rule.DefaultSeverity) is not null;
        // Copy on write; when two threads add at once one entry may be lost, and is simply worked out again.
        if (known.Length < 64) Volatile.Write(ref _enabled, [.. known, (rule, answer)]);
        return answer;
    }

    private Severity? ResolveUncached(string ruleId, Severity listed)
    {
        if (_onlyPrefixes.Count > 0 && !_onlyPrefixes.Any(p => IsUnder(ruleId, p) || ruleId.StartsWith(p, StringComparison.Ordinal)))
            return null;
        string? bestKey = null;
        foreach (var key in _severities.Keys)
        {
            if (IsUnder(ruleId, key) && (bestKey is null || key.Length > bestKey.Length)) bestKey = key;
        }
        return bestKey is null ? listed : _severities[bestKey];
    }
}
