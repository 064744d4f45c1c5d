using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Analysis;

/// <summary>The Sobol indices a sweep with the <c>sobol</c> design computes (docs/MODEL.md §13.13).</summary>
/// <param name="Layout">Where each sample sits (base rows N, inputs k).</param>
/// <param name="Replications">Seeded replications of each sample: a sample's output is their mean.</param>
/// <param name="Seed">The experiment's seed; the bootstrap's row draws are keyed by it.</param>
/// <param name="Resamples">Bootstrap resamples of the base rows (at least 1).</param>
/// <param name="Level">Level of the percentile intervals, in (0, 1).</param>
public sealed record SobolOptions(SobolLayout Layout, int Replications, ulong Seed, int Resamples = SobolOptions.DefaultResamples, double Level = 0.95)
{
    /// <summary>Bootstrap resamples by default.</summary>
    public const int DefaultResamples = 1_000;

    /// <summary>Most outcome values the analysis keeps (8 bytes each): 50 million, 400 MB.</summary>
    public const long MaxValues = 50_000_000;

    /// <summary>Outcome values kept for <paramref name="strategies"/> strategies: one per sample, strategy and outcome (and the fail condition).</summary>
    public long Values(int strategies, bool fail) => Layout.Samples * strategies * (OutcomeTable.Outcomes.Count + (fail ? 1 : 0));
}
