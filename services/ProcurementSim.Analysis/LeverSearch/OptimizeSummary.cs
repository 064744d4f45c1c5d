namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>Everything optimize.json and the report hold.</summary>
/// <param name="Header">Settings and completeness.</param>
/// <param name="Levers">The searched levers.</param>
/// <param name="Objectives">The objectives.</param>
/// <param name="Front">The Pareto-efficient settings, in label order.</param>
/// <param name="References">The scenario's strategies as written, on the same states.</param>
/// <param name="Volumes">Each generation's normalised hypervolume.</param>
/// <param name="VolumeLow">Per objective, the best value (minimised form) of any generation's front: 0 after normalising.</param>
/// <param name="VolumeHigh">Per objective, the worst such value: 1 after normalising.</param>
/// <param name="Evaluations">Candidates the search evaluated (duplicates included).</param>
/// <param name="Runs">Runs played: distinct candidates in sample, the references, and the re-evaluation.</param>
public sealed record OptimizeSummary(
    OptimizeHeader Header,
    IReadOnlyList<LeverColumn> Levers,
    IReadOnlyList<ObjectiveColumn> Objectives,
    IReadOnlyList<FrontPoint> Front,
    IReadOnlyList<ReferencePoint> References,
    IReadOnlyList<GenerationVolume> Volumes,
    IReadOnlyList<double> VolumeLow,
    IReadOnlyList<double> VolumeHigh,
    long Evaluations,
    long Runs);
