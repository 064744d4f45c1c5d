using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Tests.Seminar;

public class InjectTests
{
    [Fact]
    public void A_custom_inject_acts_at_once_and_everyone_sees_it()
    {
        var game = SeminarGames.Start(humans: SeatIds.Agency);
        var budget = game.AgencyView().WeeklyBudget;

        Assert.Null(game.FireInject(new CustomInject("budget_shock", 0.25, 0, null)));

        // The agency applies it before it decides, so the human sees the cut budget this week.
        Assert.Equal(budget * 0.75, game.AgencyView().WeeklyBudget, 6);
        foreach (var seat in game.Seats)
        {
            var e = Assert.Single(game.ViewFor(seat).Events, e => e.Kind == "inject_budget_shock");
            Assert.Equal(("facilitator", 0), (e.Actor, e.Tick));
        }
        Assert.Null(game.Submit(SeatIds.Agency, new Core.Seminar.Moves.AgencyMove([])));
        Assert.Null(game.Advance());
        Assert.Single(game.Result().Events, e => e.Kind == "inject_budget_shock" && e.Tick == 0);
    }

    [Fact]
    public void A_scenario_inject_brought_forward_does_not_fire_again()
    {
        // Inject 6 is the new model generation scheduled for week 52.
        var game = SeminarGames.Start();
        game.AdvanceTo(8);

        Assert.Null(game.FireInject(6));
        Assert.Equal("inject 6 (new_model_generation) has already fired", game.FireInject(6));

        game.PlayOut();
        var fired = Assert.Single(game.Result().Events, e => e.Kind == "inject_new_model_generation");
        Assert.Equal(8, fired.Tick);
    }

    [Fact]
    public void Impossible_injects_are_refused_with_a_sentence()
    {
        var game = SeminarGames.Start();

        Assert.Equal("the scenario has 8 injects: choose 0 to 7", game.FireInject(8));
        Assert.StartsWith("unknown inject kind 'meteor' (the kinds are public_report, ", game.FireInject(new CustomInject("meteor", 0.1, 0, null)), StringComparison.Ordinal);
        Assert.Equal("budget_shock's magnitude lies between 0 and 0.95; 2 was given", game.FireInject(new CustomInject("budget_shock", 2, 0, null)));
        Assert.Equal("budget_shock takes no weeks: give 0", game.FireInject(new CustomInject("budget_shock", 0.1, 3, null)));
        Assert.Equal("budget_shock takes no target", game.FireInject(new CustomInject("budget_shock", 0.1, 0, "incumbent")));
        Assert.Equal("accreditation_delay lasts 1 to 104 weeks; 0 was given", game.FireInject(new CustomInject("accreditation_delay", 0, 0, "replacement_a")));
        Assert.Equal("accreditation_delay targets a replacement vendor: name one of replacement_a, replacement_b",
            game.FireInject(new CustomInject("accreditation_delay", 0, 4, "incumbent")));
        Assert.Empty(game.Events);
        Assert.Null(game.FireInject(new CustomInject("accreditation_delay", 0, 4, "replacement_b")));
        Assert.Single(game.Events);
    }
}
