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

    /// <summary>
    /// How many problems the loader found: <see cref="Diagnostics"/> lists the first ones and, past its limit, one line
    /// counting the rest, so a sentence that counts the problems says this number, not the list's length.
    /// </summary>
    public int ProblemCount
    {
        get => _problemCount ?? Diagnostics.Count;
        init => _problemCount = value;
    }

    private readonly int? _problemCount;

    /// <summary>True when there is a scenario and no diagnostic.</summary>
    public bool IsValid => Scenario is not null && Diagnostics.Count == 0;
}
