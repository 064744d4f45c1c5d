using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>
/// A human agency does not declare its transition: the model's one rule (MODEL.md §7.11) records the start at its first
/// order leaving the incumbent and the completion when the replacements carry their work, as for the bots.
/// </summary>
public sealed class HumanTransitionTests
{
    private static readonly AgencyMove Nothing = new([]);
    private static readonly AgencyMove SolicitOnly = new([new SolicitOrder(["intelligence_analysis", "cyber_defense"])]);

    [Fact]
    public void A_solicitation_starts_the_transition_without_a_declaration_and_an_unfinished_one_counts_to_the_end()
    {
        var game = PlayHumanAgency(turn => turn == 2 ? SolicitOnly : Nothing);
        var metrics = game.Result().Metrics;

        // Solicited at turn 2's first week (8), never awarded: censored at the run's end, as for a bot (MODEL.md §8).
        Assert.False(metrics.TransitionCompleted);
        Assert.Equal(game.Scenario.Ticks - game.FirstWeekOf(2), metrics.TransitionWeeks);
    }

    [Fact]
    public void A_humans_declared_completion_changes_nothing_while_no_accredited_replacement_carries_work()
    {
        var declared = PlayHumanAgency(turn => turn == 2 ? new AgencyMove([.. SolicitOnly.Orders, new MarkTransitionCompleteOrder()]) : Nothing);
        var silent = PlayHumanAgency(turn => turn == 2 ? SolicitOnly : Nothing);

        Assert.False(declared.Result().Metrics.TransitionCompleted);
        Assert.Equal(silent.Bytes(), declared.Bytes());
    }

    [Fact]
    public void An_agency_that_never_leaves_the_incumbent_has_no_transition()
    {
        var metrics = PlayHumanAgency(_ => Nothing).Result().Metrics;

        Assert.Null(metrics.TransitionWeeks);
        Assert.False(metrics.TransitionCompleted);
    }

    [Fact]
    public void Accepting_the_incumbents_red_line_is_a_lower_share_not_a_transition()
    {
        var accept = new AgencyMove([new SetShareOrder("incumbent", "autonomous_lethal_weapons", 0)]);
        var game = PlayHumanAgency(turn => turn == 2 ? accept : Nothing);
        var result = game.Result();

        Assert.Null(result.Metrics.TransitionWeeks);
        Assert.False(result.Breakdown.Single(c => c.Metric == Core.Metrics.MetricNames.TransitionWeeks).Applicable);
        Assert.DoesNotContain(result.Events, e => e.Kind == "transition_decided");
    }

    // Every seat but the agency a bot; the agency's move at each turn's start from movesByTurn.
    private static SeminarGame PlayHumanAgency(Func<int, AgencyMove> movesByTurn)
    {
        var game = SeminarGames.Start("structured_replacement", 1, SeatIds.Agency);
        while (!game.Finished)
        {
            if (game.Pending().Any(p => p.Seat == SeatIds.Agency))
            {
                Assert.Null(game.Submit(SeatIds.Agency, movesByTurn(game.Turn)));
            }
            else
            {
                Assert.Null(game.Advance());
            }
        }

        return game;
    }
}
