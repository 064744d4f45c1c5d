namespace ProcurementSim.Workbench.Editing;

/// <summary>The scenario text's scalar values and mappings with their places (see <see cref="YamlLeaves"/>).</summary>
/// <param name="Text">The text itself.</param>
/// <param name="Leaves">Every scalar value under a mapping key, in text order.</param>
/// <param name="Mappings">Every mapping, by path.</param>
/// <param name="Complete">False when the text does not parse to its end: then no key is added to it (a place could be wrong).</param>
internal sealed record YamlOutline(string Text, IReadOnlyList<ScalarLeaf> Leaves, IReadOnlyDictionary<string, MappingPlace> Mappings, bool Complete)
{
    /// <summary>The leaf at a path, or null.</summary>
    public ScalarLeaf? Leaf(string path) => Leaves.FirstOrDefault(l => l.Path == path);

    /// <summary>The mapping at a path, or null.</summary>
    public MappingPlace? Mapping(string path) => Mappings.GetValueOrDefault(path);
}
