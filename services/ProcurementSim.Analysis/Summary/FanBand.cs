namespace ProcurementSim.Analysis.Summary;

/// <summary>Weekly mission capability of one strategy over its runs: the P10–P90 band and the median, per tick.</summary>
public sealed record FanBand(string Strategy, IReadOnlyList<double> P10, IReadOnlyList<double> P50, IReadOnlyList<double> P90);
