namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>One Pareto-efficient setting of the levers with its objectives in and out of sample.</summary>
/// <param name="Label">Its name in runs.csv and the report: <c>strategy#k</c>.</param>
/// <param name="Levers">The levers' values, in the summary's lever order.</param>
/// <param name="InSample">The objectives (as reported, not negated) on the states the search used.</param>
/// <param name="OutOfSample">The objectives on the fresh states, or null when the re-evaluation did not run.</param>
/// <param name="EfficientOutOfSample">Whether no other setting of the front dominates it out of sample (null without the re-evaluation).</param>
/// <param name="Equivalent">
/// How many non-dominated settings of the last population had exactly these in-sample objectives (a lever that
/// changes nothing over part of its range gives many); this one, the first in lever order, stands for them all.
/// </param>
public sealed record FrontPoint(string Label, IReadOnlyList<double> Levers, IReadOnlyList<double> InSample, IReadOnlyList<double>? OutOfSample, bool? EfficientOutOfSample, int Equivalent);
