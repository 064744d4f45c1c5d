namespace ProcurementSim.Workbench.Experiments;

/// <summary>
/// Where an experiment started from the page is: running, done, stopped (by the planner; the files hold every state
/// finished), failed (the CLI's sentence), or interrupted (the server stopped under it).
/// </summary>
internal sealed record ExperimentStatus(
    string Id, string Label, string Command, IReadOnlyList<string> Arguments, string State, int? Percent, string Progress, string? Problem,
    IReadOnlyList<string> Files, DateTimeOffset Created);
