using System.Text;

namespace TextLint.Core.Dictionaries;

/// <summary>
/// Which administrative divisions contain which (湖北省 ⊃ 宜昌市, 金华市 ⊃ 义乌市, so also 浙江省 ⊃ 义乌市), read
/// from the built-in lists the near-miss check already embeds: <c>derived/divisions.txt</c> (the names) and
/// <c>derived/division-pairs.txt</c> (each division after its parent). Only full names are related; the
/// lines with the parent written short (福建厦门市) add nothing new. Built on first use; immutable after.
/// </summary>
internal sealed class DivisionParents
{
    private readonly HashSet<string> _names;
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.Ordinal);

    private static readonly Lazy<DivisionParents> LazyDefault = new(() => new DivisionParents(
        Read("divisions.txt"), Read("division-pairs.txt")));

    /// <summary>The relation over the built-in lists.</summary>
    public static DivisionParents Default => LazyDefault.Value;

    /// <summary>The relation over <paramref name="names"/> and <paramref name="pairs"/> (parent written before child, one string each).</summary>
    public DivisionParents(IEnumerable<string> names, IEnumerable<string> pairs)
    {
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (string pair in pairs)
            for (int split = 2; split <= pair.Length - 2; split++)
            {
                string parent = pair[..split], child = pair[split..];
                if (!_names.Contains(parent) || !_names.Contains(child)) continue;
                Add(child, parent);
                break;
            }
        // Grandparents: a county written after its province (浙江省义乌市) is as correct as after its prefecture.
        foreach (var (child, parents) in _parents.ToArray())
            foreach (string parent in parents.ToArray())
                if (_parents.TryGetValue(parent, out var grandparents))
                    foreach (string grandparent in grandparents.ToArray()) Add(child, grandparent);
    }

    private void Add(string child, string parent)
    {
        if (!_parents.TryGetValue(child, out var parents)) _parents[child] = parents = [];
        if (!parents.Contains(parent)) parents.Add(parent);
    }

    /// <summary>Whether <paramref name="name"/> is a division's full name.</summary>
    public bool IsDivision(string name) => _names.Contains(name);

    /// <summary>The divisions that contain <paramref name="child"/> (parents and grandparents); empty when none is known.</summary>
    public IReadOnlyList<string> ParentsOf(string child) => _parents.TryGetValue(child, out var parents) ? parents : [];

    private static IEnumerable<string> Read(string file)
    {
        var assembly = typeof(DivisionParents).Assembly;
        string resource = DictionarySet.ResourcePrefix + file;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') lines.Add(line.Trim());
        return lines;
    }
}
