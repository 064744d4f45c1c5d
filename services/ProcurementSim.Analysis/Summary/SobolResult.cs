namespace ProcurementSim.Analysis.Summary;

/// <summary>The Sobol indices of a sweep with the <c>sobol</c> design (docs/MODEL.md §13.13).</summary>
/// <param name="BaseRows">N, the base rows planned.</param>
/// <param name="Rows">Base rows whose every sample was played (fewer than N when the sweep was stopped).</param>
/// <param name="Resamples">Bootstrap resamples of the base rows.</param>
/// <param name="Level">Level of the percentile intervals.</param>
/// <param name="Rankings">Per strategy (play order), per outcome (score, every metric, then <c>fail</c>).</param>
public sealed record SobolResult(int BaseRows, int Rows, int Resamples, double Level, IReadOnlyList<SobolRanking> Rankings);
