namespace ProcurementSim.Workbench.Ranking;

/// <summary>One strategy's place in the ranking over the sampled futures, formatted for the page.</summary>
internal sealed record RankingRow(int Rank, string Strategy, string MeanScore, string Interval, string ProbabilityBest, string Satisficing, string MaxRegret, double RawMean);
