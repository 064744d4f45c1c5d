using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Play;

namespace ProcurementSim.Core.Tests.Seminar.Play;

public class WeekInputsTests
{
    private static readonly DecisionKey Bid7 = new("v", PendingDecisionKind.BidOrNot, 7);

    [Fact]
    public void A_later_move_for_the_same_decision_replaces_the_first()
    {
        var inputs = new WeekInputs();

        inputs.Add(new MoveMade(3, "v", MoveSource.Human, new BidDecisionMove(7, true)));
        inputs.Add(new MoveMade(3, "v", MoveSource.Facilitator, new BidDecisionMove(7, false)));

        Assert.True(inputs.TryGetMove(Bid7, out var made));
        Assert.Equal(new BidDecisionMove(7, false), made.Move);
        Assert.False(inputs.HasMove(Bid7 with { Number = 8 }));
    }

    [Fact]
    public void Playing_a_week_forgets_its_moves_timeouts_and_holds_but_keeps_the_holds_of_later_weeks()
    {
        var inputs = new WeekInputs();
        inputs.Add(new MoveMade(3, "v", MoveSource.Human, new BidDecisionMove(7, true)));
        inputs.TimeOut("w");
        inputs.Hold(3, DecisionKey.AgencyOrders);
        inputs.Hold(5, Bid7);

        inputs.EndWeek(3);

        Assert.False(inputs.HasMove(Bid7));
        Assert.False(inputs.TimedOut("w"));
        Assert.False(inputs.IsHeld(3, DecisionKey.AgencyOrders));
        Assert.True(inputs.IsHeld(5, Bid7));
        Assert.True(inputs.HoldsAny(5, "v"));
        Assert.False(inputs.HoldsAny(5, "w"));
    }

    [Fact]
    public void A_move_answers_the_decision_its_kind_and_number_name()
    {
        Assert.Equal(new DecisionKey("v", PendingDecisionKind.AnswerTerms, 2), DecisionKey.Of("v", new TermsAnswerMove(2, [], false)));
        Assert.Equal(Bid7, DecisionKey.Of("v", new BidDecisionMove(7, true)));
        Assert.Equal(DecisionKey.AgencyOrders, DecisionKey.Of(SeatIds.Agency, new AgencyMove([])));
    }
}
