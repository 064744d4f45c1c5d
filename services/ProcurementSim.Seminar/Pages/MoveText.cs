using System.Globalization;
using ProcurementSim.Core.Seminar.Moves;

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
        TermsAnswerMove t => $"round {t.Round}: permits {string.Join(", ", t.Accepted)}",
        BidDecisionMove b => $"solicitation {b.Solicitation}: {(b.Bid ? "bids" : "does not bid")}",
        _ => move.GetType().Name,
    };

    private static string Of(AgencyOrder order) => order switch
    {
        SetShareOrder s => $"set_share {s.Vendor} {s.Category} {P(s.Share)}",
        SetShadowOrder s => $"set_shadow {s.Vendor} {s.Category} {P(s.Share)}",
        ProposeCarveOutOrder p => $"propose_carve_out {p.Vendor} [{string.Join(", ", p.Categories)}]",
        DemandAllLawfulUsesOrder d => $"demand_all_lawful_uses {d.Vendor}",
        SolicitOrder s => $"solicit [{string.Join(", ", s.Categories)}]",
        AwardOrder a => $"award {a.Vendor} (its bid)",
        AwardDirectOrder a => $"award_direct {a.Vendor}",
        GiveNoticeOrder g => $"give_notice {g.Vendor}",
        TerminateNowOrder t => $"terminate_now {t.Vendor}",
        MarkTransitionStartOrder => "mark_transition_start",
        MarkTransitionCompleteOrder => "mark_transition_complete",
        NoteOrder n => $"note {n.Kind}: {n.Detail}",
        _ => order.GetType().Name,
    };

    private static string P(double share) => share.ToString("0.##", CultureInfo.InvariantCulture);
}
