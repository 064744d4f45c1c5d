namespace ProcurementSim.Cli.Optimization;

/// <summary>The in-sample part of a lever search: the strategies as written judged in the in-sample states (plan order), and each island searched, in island order.</summary>
/// <param name="InReferences">Each strategy as written's in-sample objectives, as reported.</param>
/// <param name="Islands">The islands' results.</param>
internal sealed record IslandSearch(IReadOnlyList<double[]> InReferences, IReadOnlyList<IslandResult> Islands);
