namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>An objective as the outputs describe it.</summary>
/// <param name="Name">As written, e.g. <c>p10:mission_capability_mean</c>.</param>
/// <param name="Sense">"maximise" or "minimise".</param>
public sealed record ObjectiveColumn(string Name, string Sense);
