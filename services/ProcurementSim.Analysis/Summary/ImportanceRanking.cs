namespace ProcurementSim.Analysis.Summary;

/// <summary>How much each input explains one outcome of one strategy, most important first.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Outcome">A metric name, <c>score</c>, or <c>fail</c> (the fail condition as 0/1).</param>
/// <param name="Inputs">The ranking.</param>
public sealed record ImportanceRanking(string Strategy, string Outcome, IReadOnlyList<InputImportance> Inputs);

/// <summary>One input's importance for an outcome.</summary>
/// <param name="Input">Input name.</param>
/// <param name="FirstOrder">First-order sensitivity index estimated from the runs (correlation ratio over quantile bins), in [0, 1].</param>
/// <param name="Spearman">Spearman rank correlation with the outcome (the direction of the effect), in [-1, 1].</param>
public sealed record InputImportance(string Input, double FirstOrder, double Spearman);
