namespace ProcurementSim.Workbench.Ranking;

/// <summary>Where a background ranking is: futures done of the total, its rows so far, and why it stopped if it did.</summary>
internal sealed record RankingStatus(string Id, string State, int Done, int Total, long Runs, IReadOnlyList<RankingRow> Rows, string? Problem, double RunsPerSecond);
