namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// Where a mapping of the scenario's YAML is, so that a key it does not write can be added to it without touching
/// anything else: its style, the column its keys start at, where its content ends and (flow) where it closes.
/// </summary>
/// <param name="Path">The dotted path, named as <see cref="ScalarLeaf"/> paths are (the root is "").</param>
/// <param name="Flow">True for <c>{a: 1, b: 2}</c>, false for one key per line.</param>
/// <param name="KeyColumn">0-based column of its keys (block style), -1 when it has none.</param>
/// <param name="ContentEnd">Offset just past its last scalar or flow collection (UTF-16 units), -1 when it has no entry.</param>
/// <param name="Close">Offset of a flow mapping's closing brace, -1 for block style.</param>
/// <param name="Count">Number of keys.</param>
internal sealed record MappingPlace(string Path, bool Flow, int KeyColumn, int ContentEnd, int Close, int Count);
