using ProcurementSim.Testing.Scenarios;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ProcurementSim.Core.Tests.Support;

/// <summary>Rewrites of a scenario file's text: a section's list in another order, a name changed everywhere.</summary>
internal static partial class ScenarioText
{
    public static string Of(string file) => File.ReadAllText(ReferenceScenarios.PathOf(file));

    /// <summary>
    /// The file with the list under <paramref name="section"/> put in the order <paramref name="order"/> gives (the new
    /// position i holds the old item order[i]); a file without the section is returned unchanged.
    /// </summary>
    public static string Reorder(string yaml, string section, Func<int, int[]> order)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!root.Children.TryGetValue(new YamlScalarNode(section), out var node)) return yaml;
        var list = (YamlSequenceNode)node;
        var items = list.Children.ToArray();
        var permutation = order(items.Length);
        Assert.Equal(Enumerable.Range(0, items.Length), permutation.Order());
        list.Children.Clear();
        foreach (var i in permutation) list.Children.Add(items[i]);
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>The file with every section of <paramref name="sections"/> (that it has) reversed.</summary>
    public static string Reverse(string yaml, params string[] sections) =>
        sections.Aggregate(yaml, (text, section) => Reorder(text, section, n => [.. Enumerable.Range(0, n).Reverse()]));

    /// <summary>
    /// The file with the identifier <paramref name="from"/> replaced by <paramref name="to"/> wherever it occurs as a whole
    /// word, except as the value of <c>role:</c> (renaming the vendor <c>incumbent</c> keeps its role).
    /// </summary>
    public static string Rename(string yaml, string from, string to) =>
        Regex.Replace(yaml, $@"(?<![A-Za-z0-9_])(?<!role:\s*){Regex.Escape(from)}(?![A-Za-z0-9_])", to);
}
