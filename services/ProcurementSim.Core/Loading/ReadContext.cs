using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Loading;

/// <summary>What section readers share: diagnostics, value conversion, and the names other sections refer to.</summary>
internal sealed class ReadContext(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public ValueReader Values { get; } = new(diagnostics);

    /// <summary>The scenario's ticks when valid; bounds scheduled injects.</summary>
    public int? Ticks { get; set; }

    /// <summary>Category names in file order (first definition wins), or null when the section could not be read; references are then not checked.</summary>
    public List<string>? CategoryNames { get; set; }

    /// <summary>Vendor names with their role (null when the role was invalid), or null when the section could not be read.</summary>
    public OrderedDictionary<string, VendorRole?>? VendorRoles { get; set; }

    /// <summary>A mapping reader when the node is a mapping; otherwise null (reported unless absent).</summary>
    public MappingReader? Map(YamlNode? node, string path, IReadOnlyList<string> keys, string expected = "a mapping of keys to values") =>
        Values.Mapping(node, path, expected) is { } m ? new MappingReader(Diagnostics, m, path, keys) : null;

    /// <summary>The items of a list section, or null (reported unless absent); an empty or too long list is reported.</summary>
    public IReadOnlyList<YamlNode>? List(YamlNode? node, string path, int max, string noun, string nouns, bool nonEmpty)
    {
        if (Values.List(node, path, $"a list of {nouns}") is not { } list) return null;
        if (nonEmpty && list.Items.Count == 0)
            Diagnostics.Add(list, $"{path}: expected at least one {noun}, got an empty list");
        if (list.Items.Count > max)
            Diagnostics.Add(list, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{path}: at most {max} {nouns} are allowed, got {list.Items.Count}"));
        return list.Items;
    }

    /// <summary>A category name read from a value; unknown names are reported with a suggestion.</summary>
    public string? CategoryRef(YamlNode? node, string path)
    {
        var name = Values.Text(node, path, "the name of a category");
        return name is not null && CheckCategory(name, node!, path) ? name : null;
    }

    /// <summary>Checks a category name given as a mapping key (shares, policy).</summary>
    public bool CheckCategory(string name, YamlNode at, string path)
    {
        if (CategoryNames is null || CategoryNames.Contains(name)) return true;
        Diagnostics.Add(at, $"{path}: unknown category '{Shorten(name)}'" + DidYouMean.Suffix(name, CategoryNames, "the categories are"));
        return false;
    }

    /// <summary>A vendor name; unknown names are reported, and so is a vendor of another role than <paramref name="role"/>.</summary>
    public string? VendorRef(YamlNode? node, string path, VendorRole? role = null, string? why = null)
    {
        var name = Values.Text(node, path, "the name of a vendor");
        if (name is null || VendorRoles is null) return name;
        if (!VendorRoles.TryGetValue(name, out var actual))
        {
            var candidates = VendorRoles.Where(v => role is null || v.Value == role).Select(v => v.Key).ToList();
            var listIntro = role == VendorRole.Replacement ? "the replacement vendors are" : "the vendors are";
            Diagnostics.Add(node!, $"{path}: unknown vendor '{Shorten(name)}'" + DidYouMean.Suffix(name, candidates, listIntro));
            return null;
        }
        if (role is not null && actual is not null && actual != role)
        {
            Diagnostics.Add(node!, $"{path}: '{name}' is {Article(actual.Value)} vendor; {why ?? "expected " + Article(role.Value) + " vendor"}");
            return null;
        }
        return name;
    }

    public static string Article(VendorRole role) => role == VendorRole.Incumbent ? "the incumbent" : "a replacement";

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
