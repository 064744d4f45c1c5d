using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// The outcome of loading a scenario file: the scenario when it is valid, what the file says about experiments over
/// it, and every problem found.
/// </summary>
public sealed record LoadResult(Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The file's uncertainties, levers and satisficing criteria (none when the file is not valid).</summary>
    public ExperimentSpec Experiment { get; init; } = ExperimentSpec.None;

    /// <summary>The file's seminar section (briefings per seat; none when the file is not valid).</summary>
    public SeminarSpec Seminar { get; init; } = SeminarSpec.None;

    /// <summary>True when there is a scenario and no diagnostic.</summary>
    public bool IsValid => Scenario is not null && Diagnostics.Count == 0;
}
