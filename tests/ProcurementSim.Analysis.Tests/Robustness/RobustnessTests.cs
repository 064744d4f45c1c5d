namespace ProcurementSim.Analysis.Tests.Robustness;

public class RobustnessTests
{
    // Three strategies in four states of the world (scores):
    //            s0  s1  s2  s3   mean
    //   alpha    10   5   7   3   6.25
    //   bravo     8   6   7   9   7.5
    //   charlie   9   4   2   9   6
    //   best     10   6   7   9         (s2: alpha and bravo tie; s3: bravo and charlie tie)
    private static readonly string[] Names = ["alpha", "bravo", "charlie"];
    private static readonly double[][] Scores = [[10, 5, 7, 3], [8, 6, 7, 9], [9, 4, 2, 9]];
    private static readonly double[][] Costs = [[100, 100, 150, 50], [80, 80, 80, 80], [200, 200, 200, 200]];

    private static Summary.ExperimentSummary Summary(string satisficing = "score >= 7 and total_cost <= 100")
    {
        var table = Tables.Scores(Names, Scores, Costs);
        return ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options(satisficing));
    }

    [Fact]
    public void Regret_is_measured_against_the_best_strategy_of_each_state()
    {
        var s = Summary().Strategies;

        // alpha: 0, 1, 0, 6 → max 6, mean 7/4.  bravo: 2, 0, 0, 0 → 2, 1/2.  charlie: 1, 2, 5, 0 → 5, 2.
        Assert.Equal([6.0, 2.0, 5.0], s.Select(x => x.MaxRegret));
        Assert.Equal([1.75, 0.5, 2.0], s.Select(x => x.MeanRegret));
    }

    [Fact]
    public void Probability_of_being_best_shares_ties_equally()
    {
        var s = Summary().Strategies;

        // alpha: s0 + ½ s2 = 1.5/4; bravo: s1 + ½ s2 + ½ s3 = 2/4; charlie: ½ s3 = 0.5/4. They add up to 1.
        Assert.Equal([0.375, 0.5, 0.125], s.Select(x => x.ProbabilityBest));
    }

    [Fact]
    public void Rank_follows_the_mean_score_and_ties_go_to_the_lower_name()
    {
        Assert.Equal([2, 1, 3], Summary().Strategies.Select(x => x.Rank));

        var tied = Tables.Scores(["zulu", "alpha"], [[1, 3], [3, 1]]);
        var ranks = ExperimentAnalysis.Summarize(tied, Tables.Header(tied), Tables.Options()).Strategies.Select(x => x.Rank);
        Assert.Equal([2, 1], ranks); // both mean 2: alpha before zulu
    }

    [Fact]
    public void Satisficing_counts_the_states_where_every_criterion_holds()
    {
        // score ≥ 7 and cost ≤ 100.  alpha: s0 only (s2 scores 7 but costs 150) → 1/4.
        // bravo (cost 80): s0, s2, s3 → 3/4.  charlie (cost 200): none.
        Assert.Equal([0.25, 0.75, 0.0], Summary().Strategies.Select(x => x.Satisficing));
    }

    [Fact]
    public void Several_satisficing_criteria_must_all_hold()
    {
        var table = Tables.Scores(Names, Scores, Costs);
        var options = new AnalysisOptions(
            [Core.Experiments.Conditions.Condition.Parse("score >= 7"), Core.Experiments.Conditions.Condition.Parse("total_cost <= 100")],
            null, false);

        var shares = ExperimentAnalysis.Summarize(table, Tables.Header(table), options).Strategies.Select(x => x.Satisficing);

        Assert.Equal([0.25, 0.75, 0.0], shares);
    }

    [Fact]
    public void No_satisficing_criterion_is_refused()
    {
        var table = Tables.Scores(Names, Scores);

        Assert.Throws<ArgumentException>(() => ExperimentAnalysis.Summarize(table, Tables.Header(table), new AnalysisOptions([], null, false)));
    }

    [Fact]
    public void The_methods_name_regret_and_satisficing_with_their_references()
    {
        var methods = Summary().Methods;

        Assert.Contains(methods, m => m.StartsWith("Regret: Savage (1951)", StringComparison.Ordinal));
        Assert.Contains(methods, m => m.StartsWith("Satisficing: Starr (1963)", StringComparison.Ordinal) && m.Contains("total_cost <= 100", StringComparison.Ordinal));
        Assert.DoesNotContain(methods, m => m.StartsWith("PRIM", StringComparison.Ordinal));
    }
}
