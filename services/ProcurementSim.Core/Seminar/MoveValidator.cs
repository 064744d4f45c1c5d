using System.Globalization;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>Checks a move against what the seat can do now; every refusal is one sentence a player can act on.</summary>
internal static partial class MoveValidator
{
    private const int MaxNoteKind = 40;
    private const int MaxNoteDetail = 200;

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    /// <summary>Null when the move is possible, else why not.</summary>
    public static string? Check(string seat, SeatMove move, IReadOnlyList<PendingDecision> pending, IAgencyView agency, IReadOnlyList<VendorActor> vendors)
    {
        var mine = pending.Where(p => p.Seat == seat).ToList();
        return move switch
        {
            AgencyMove m => CheckAgency(seat, m, mine, agency),
            TermsAnswerMove m => CheckTerms(seat, m, mine, agency.Scenario, vendors),
            BidDecisionMove m => CheckBid(seat, m, mine),
            null => "the move is empty",
            _ => $"unknown move {move.GetType().Name}",
        };
    }

    private static string? CheckAgency(string seat, AgencyMove m, List<PendingDecision> mine, IAgencyView view)
    {
        if (seat != SeatIds.Agency) return $"{seat} is a vendor seat: only the agency gives orders";
        if (!mine.Any(p => p.Kind == PendingDecisionKind.AgencyOrders))
            return $"the agency has no orders to give in week {view.Tick}: it gives them at the first week of a turn, once, while its seat is human";
        if (m.Orders is null) return "the orders are missing (give an empty list to let the contracts run as set)";
        var solicited = false;
        for (var i = 0; i < m.Orders.Count; i++)
        {
            var o = m.Orders[i];
            if (o is null) return $"order {i + 1} is missing";
            if (CheckOrder(o, view, solicited) is { } why) return $"order {i + 1} ({Tag(o)}): {why}";
            solicited |= o is SolicitOrder;
        }
        return null;
    }

    /// <summary>The order's JSON tag (SetShareOrder → set_share), so the sentence names it as the page does.</summary>
    private static string Tag(AgencyOrder o)
    {
        var name = o.GetType().Name[..^"Order".Length];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    private static string? CheckOrder(AgencyOrder order, IAgencyView view, bool solicitedEarlier)
    {
        var s = view.Scenario;
        switch (order)
        {
            case SetShareOrder o: return Vendor(s, o.Vendor, out _) ?? Category(s, o.Category) ?? Share(o.Share);
            case SetShadowOrder o: return Vendor(s, o.Vendor, out _) ?? Category(s, o.Category) ?? Share(o.Share);
            case ProposeCarveOutOrder o: return Vendor(s, o.Vendor, out _) ?? Categories(s, o.Categories);
            case DemandAllLawfulUsesOrder o: return Vendor(s, o.Vendor, out _);
            case SolicitOrder o: return Categories(s, o.Categories);
            case AwardOrder o:
            {
                if (Vendor(s, o.Vendor, out var v) is { } why) return why;
                if (solicitedEarlier) return "a solicitation earlier in this move clears the bids received; award before soliciting again";
                if (!view.Bids.Any(b => b.Vendor == v)) return $"no bid from {o.Vendor} was received for the current solicitation";
                return Idle(view, v, o.Vendor);
            }
            case AwardDirectOrder o:
            {
                if (Vendor(s, o.Vendor, out var v) is { } why) return why;
                if (s.Vendors[v].Role != VendorRole.Replacement) return $"{o.Vendor} is not a replacement vendor: only a replacement can be awarded a contract";
                return Idle(view, v, o.Vendor);
            }
            case GiveNoticeOrder o:
            {
                if (Vendor(s, o.Vendor, out var v) is { } why) return why;
                return view.State(v) switch
                {
                    KnownVendorState.Idle => $"{o.Vendor} has no contract to end",
                    KnownVendorState.UnderNotice => $"{o.Vendor} is already under notice",
                    KnownVendorState.Terminated => $"{o.Vendor}'s contract has already ended",
                    _ => null,
                };
            }
            case TerminateNowOrder o:
            {
                if (Vendor(s, o.Vendor, out var v) is { } why) return why;
                return view.State(v) switch
                {
                    KnownVendorState.Idle => $"{o.Vendor} has no contract to end",
                    KnownVendorState.Terminated => $"{o.Vendor}'s contract has already ended",
                    _ => null,
                };
            }
            case SetTransitionTargetOrder o:
                if (Category(s, o.Category) is { } bad) return bad;
                return o.IncumbentShare is >= 0 and <= 1 ? null : $"a transition target is the incumbent's share from 0 to 1, not {o.IncumbentShare}";
            case MarkTransitionStartOrder or MarkTransitionCompleteOrder: return null;
            case NoteOrder o:
                if (o.Kind is null || o.Kind.Length > MaxNoteKind || !SnakeCase().IsMatch(o.Kind))
                    return $"a note's kind is snake_case (a–z, 0–9, _), starting with a letter, at most {MaxNoteKind} characters";
                if (string.IsNullOrWhiteSpace(o.Detail) || o.Detail.Length > MaxNoteDetail) return $"a note needs a sentence of 1 to {MaxNoteDetail} characters";
                return null;
            default: return $"unknown order {order.GetType().Name}";
        }
    }

    private static string? Idle(IAgencyView view, int v, string name) =>
        view.State(v) == KnownVendorState.Idle ? null
            : $"{name} is not idle (it is {view.State(v).ToString().ToLowerInvariant()}): only an idle vendor can be awarded a contract";

    private static string? Vendor(Scenario s, string? name, out int index)
    {
        index = name is null ? -1 : Names.Vendor(s, name);
        return index >= 0 ? null : $"no vendor named '{name}' in the scenario (the vendors are {string.Join(", ", s.Vendors.Select(x => x.Name))})";
    }

    private static string? Category(Scenario s, string? name) =>
        name is not null && Names.Category(s, name) >= 0 ? null
            : $"no category named '{name}' in the scenario (the categories are {string.Join(", ", s.Categories.Select(x => x.Name))})";

    private static string? Categories(Scenario s, IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0) return "name at least one category";
        foreach (var n in names)
        {
            if (Category(s, n) is { } why) return why;
        }
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"category '{twice.Key}' is named twice";
    }

    private static string? Share(double share) =>
        double.IsFinite(share) && share is >= 0 and <= 1 ? null
            : $"a share lies between 0 and 1; {share.ToString(CultureInfo.InvariantCulture)} was given";

    private static string? CheckTerms(string seat, TermsAnswerMove m, List<PendingDecision> mine, Scenario s, IReadOnlyList<VendorActor> vendors)
    {
        if (seat == SeatIds.Agency) return "the agency answers no terms: that is a vendor's decision";
        if (mine.FirstOrDefault(p => p.Kind == PendingDecisionKind.AnswerTerms && p.Number == m.Round) is not { } p)
            return $"{seat} has no proposal of round {m.Round} to answer this week";
        var vendor = vendors[Names.Vendor(s, seat)];
        var accepted = m.Accepted ?? [];
        if (p.AllLawfulUses)
        {
            if (accepted.Count > 0) return $"round {m.Round} demands all lawful uses: answer yes or no (allLawfulUses) or partial, and name no categories";
            var blocked = AllLawfulUses.RedLines(s, vendor.Stances, vendor.NonNegotiable);
            if (m.Partial)
            {
                if (m.AllLawfulUses) return $"round {m.Round}: answer either allLawfulUses (accept all) or partial (keep the red lines), not both";
                if (blocked.Length == 0) return $"{seat} has no non-negotiable clause against all lawful uses, so no red line to keep: answer yes or no (allLawfulUses)";
                return AllLawfulUses.NegotiableCategories(s, vendor.Stances, vendor.NonNegotiable).Length > 0 ? null
                    : $"{seat} has no negotiable restriction left to give up: a partial acceptance would permit nothing; answer no";
            }
            if (!m.AllLawfulUses) return null;
            return blocked.Length == 0 ? null
                : $"{seat}'s clause on '{s.Categories[blocked[0]].Name}' is non-negotiable: it cannot accept all lawful uses (a partial acceptance keeps it)";
        }
        if (m.AllLawfulUses || m.Partial) return $"round {m.Round} asks to permit categories, not all lawful uses: name the categories you permit";
        foreach (var name in accepted)
        {
            if (!p.Categories.Contains(name)) return $"round {m.Round} did not ask {seat} to permit '{name}' (it asked for {string.Join(", ", p.Categories)})";
            if (vendor.NonNegotiable[Names.Category(s, name)]) return $"{seat}'s clause on '{name}' is non-negotiable: it cannot permit it";
        }
        var twice = accepted.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"category '{twice.Key}' is named twice";
    }

    private static string? CheckBid(string seat, BidDecisionMove m, List<PendingDecision> mine)
    {
        if (seat == SeatIds.Agency) return "the agency does not bid: that is a replacement vendor's decision";
        return mine.Any(p => p.Kind == PendingDecisionKind.BidOrNot && p.Number == m.Solicitation) ? null
            : $"{seat} has no solicitation {m.Solicitation} to decide on this week";
    }
}
