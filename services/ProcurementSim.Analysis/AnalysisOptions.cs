using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis;

/// <summary>What an experiment's summary computes beyond the descriptive statistics.</summary>
/// <param name="Satisficing">The satisficing criteria: a state of the world satisfices when every one holds (at least one).</param>
/// <param name="Fail">The fail condition of scenario discovery (PRIM and the <c>fail</c> outcome of the importance ranking), or null.</param>
/// <param name="Discovery">Compute scenario discovery and input importance (sweep).</param>
/// <param name="ConfidenceLevel">Level of the confidence interval on the mean score, in (0, 1).</param>
/// <param name="Sobol">The Sobol indices to compute (a sweep with the <c>sobol</c> design), or null.</param>
public sealed record AnalysisOptions(IReadOnlyList<Condition> Satisficing, Condition? Fail, bool Discovery, double ConfidenceLevel = 0.9, SobolOptions? Sobol = null)
{
    /// <summary>Without criteria in the file or given, a state is acceptable when no week falls below the scenario's capability threshold.</summary>
    public const string DefaultSatisficing = "capability_gap_weeks == 0";
}
