namespace ProcurementSim.Workbench.Store;

/// <summary>An experiment started from the page as the store keeps it: its procsim arguments and how it ended.</summary>
internal sealed record ExperimentRecord(string Id, string Label, string Command, IReadOnlyList<string> Arguments, string State, string? Problem, DateTimeOffset Created);
