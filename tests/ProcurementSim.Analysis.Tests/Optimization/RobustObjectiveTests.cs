using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Tests.Optimization;

public sealed class RobustObjectiveTests
{
    private static RunRow Row(double score, double capability, double cost)
    {
        var outcomes = new double[RunRow.Names.Count];
        outcomes[0] = score;
        outcomes[RunRow.Names.ToList().IndexOf("mission_capability_mean")] = capability;
        outcomes[RunRow.Names.ToList().IndexOf("total_cost")] = cost;
        return new RunRow(outcomes, []);
    }

    private static readonly RunRow[] Runs = [Row(50, 0.9, 100), Row(40, 0.7, 300), Row(60, 0.8, 200), Row(30, 0.6, 400)];

    private static RobustObjective Parse(string text) => RobustObjective.TryParse(text, out var o, out var error) ? o! : throw new InvalidOperationException(error);

    [Fact]
    public void Percentiles_and_means_follow_type_7_over_the_states_and_take_the_metric_s_sense()
    {
        // Capability sorted 0.6, 0.7, 0.8, 0.9: P10 at rank 0.3 → 0.63; cost sorted 100..400: P90 at rank 2.7 → 370.
        Assert.Equal(0.63, Parse("p10:mission_capability_mean").Value(Runs, [], []), 12);
        Assert.Equal(370, Parse("p90:total_cost").Value(Runs, [], []), 9);
        Assert.Equal(45, Parse("mean:score").Value(Runs, [], []), 12);
        Assert.True(Parse("p10:mission_capability_mean").Maximise);
        Assert.False(Parse("p90:total_cost").Maximise);
    }

    [Fact]
    public void Satisficing_share_counts_the_states_meeting_every_criterion()
    {
        Condition[] criteria = [Condition.Parse("mission_capability_mean >= 0.7"), Condition.Parse("total_cost <= 250")];

        Assert.Equal(0.5, Parse("satisficing_share").Value(Runs, [], criteria));
    }

    [Fact]
    public void Regret_is_the_reference_s_best_minus_the_score_and_never_negative()
    {
        double[] best = [55, 45, 50, 45];

        Assert.Equal(15, Parse("max_regret").Value(Runs, best, []));
        Assert.Equal((5 + 5 + 0 + 15) / 4.0, Parse("mean_regret").Value(Runs, best, []), 12);
    }

    [Theory]
    [InlineData("p0:score", "'p0' is not a statistic")]
    [InlineData("p10:capability", "'capability' is not an outcome")]
    [InlineData("satisficing", "'satisficing' is not an objective")]
    [InlineData("max_regret,max_regret", "'max_regret' is listed twice")]
    [InlineData("", "give 1 to 5 objectives")]
    public void A_bad_list_is_refused_with_a_sentence(string text, string sentence)
    {
        Assert.False(RobustObjective.TryParseList(text, out _, out var error));
        Assert.Contains(sentence, error, StringComparison.Ordinal);
    }
}
