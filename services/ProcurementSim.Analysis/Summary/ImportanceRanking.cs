namespace ProcurementSim.Analysis.Summary;

/// <summary>How much each input explains one outcome of one strategy, most important first.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Outcome">A metric name, <c>score</c>, or <c>fail</c> (the fail condition as 0/1).</param>
/// <param name="Inputs">The ranking: inputs distinguishable from 0 by index, highest first (ties by name), then the others by name.</param>
public sealed record ImportanceRanking(string Strategy, string Outcome, IReadOnlyList<InputImportance> Inputs);

/// <summary>One input's importance for an outcome.</summary>
/// <param name="Input">Input name.</param>
/// <param name="FirstOrder">First-order sensitivity index estimated from the runs (correlation ratio over quantile bins), in [0, 1].</param>
/// <param name="Spearman">Spearman rank correlation with the outcome (the direction of the effect), in [-1, 1].</param>
/// <param name="PValue">
/// The one-way analysis of variance's F test over the same bins (no effect: the bins' means are equal), P(F ≥ f) with
/// B − 1 and n − B degrees of freedom; NaN when no test is possible (as many bins as runs).
/// </param>
/// <param name="Indistinguishable">
/// True when the index cannot be told from 0: the p-value is above <c>FeatureImportance.Level</c> (or there is no test);
/// such inputs are listed after the others, by name, and their order means nothing.
/// </param>
public sealed record InputImportance(string Input, double FirstOrder, double Spearman, double PValue = double.NaN, bool Indistinguishable = false);
