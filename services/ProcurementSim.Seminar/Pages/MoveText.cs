using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using static ProcurementSim.Seminar.Pages.Formats;

namespace ProcurementSim.Seminar.Pages;

/// <summary>A move in words, for pages and the debrief.</summary>
internal static class MoveText
{
    public static string Of(SeatMove move) => move switch
    {
        AgencyMove { Orders.Count: 0 } => "no orders (contracts run as set)",
        AgencyMove a => string.Join("; ", a.Orders.Select(Of)),
        TermsAnswerMove { Accepted.Count: 0 } t => t.AllLawfulUses ? $"round {t.Round}: accepts all lawful uses"
            : t.Partial ? $"round {t.Round}: accepts all lawful uses except its red lines" : $"round {t.Round}: permits nothing asked",
        TermsAnswerMove t => $"round {t.Round}: permits {Words(t.Accepted)}",
        BidDecisionMove b => $"solicitation {b.Solicitation}: {(b.Bid ? "bids" : "does not bid")}",
        _ => move.GetType().Name,
    };

    /// <summary>The outcome a ruling rules, in words: the seat's move, the effect on the model (the inject's own sentence), or null for a ruling in words.</summary>
    public static string? Of(RulingMade ruling) => ruling switch
    {
        { Move: { } move } => Of(move),
        { Effect: { } effect } => InjectText.Describe(effect.ToSpec(ruling.Week)),
        _ => null,
    };

    public static string Of(AgencyOrder order) => order switch
    {
        SetShareOrder s => $"route {Percent(s.Share)} of {Words(s.Category)} to {s.Vendor}",
        SetShadowOrder s => $"parallel-run {Percent(s.Share)} of {Words(s.Category)} on {s.Vendor}",
        ProposeCarveOutOrder p => $"ask {p.Vendor} to permit {Words(p.Categories)}",
        DemandAllLawfulUsesOrder d => $"demand that {d.Vendor} accept all lawful uses",
        SolicitOrder s => $"call for bids for {Words(s.Categories)}",
        AwardOrder a => $"award {a.Vendor} a contract on its bid",
        AwardDirectOrder a => $"award {a.Vendor} a contract directly",
        GiveNoticeOrder g => $"give {g.Vendor} notice",
        TerminateNowOrder t => $"terminate {t.Vendor}'s contract now",
        SetTransitionTargetOrder t => $"transition target: the incumbent's share of {Words(t.Category)} at {Percent(t.IncumbentShare)}",
        MarkTransitionStartOrder => "mark the transition's start (changes nothing)",
        MarkTransitionCompleteOrder => "mark the transition complete (changes nothing)",
        NoteOrder n => $"note ({Words(n.Kind)}): {n.Detail}",
        _ => order.GetType().Name,
    };
}
