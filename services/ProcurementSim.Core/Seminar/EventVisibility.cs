using ProcurementSim.Core.Events;
using ProcurementSim.Core.Scenarios;
using static ProcurementSim.Core.Seminar.EventAccess;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Fog of war for the event log, in one place: <see cref="Rules"/> is the table of docs/SEMINAR-MODEL.md ("Who sees
/// what"). An event is seen whole when the world would learn of it: injects are news by design; notices, contract
/// ends and accreditation outcomes are announced; a solicitation goes to every vendor. Awards, immediate
/// terminations, cuts in tasking and legal challenges are public acts, but their figures and terms (a price, the
/// all-lawful-uses clause, fees, task units) belong to the agency and the vendor concerned: every other vendor sees
/// their public form. Everything else (bids, terms, carve-outs, ultimatums, incidents, the agency's internal notes) is
/// seen only by its author and the party it concerns.
/// </summary>
public static class EventVisibility
{
    /// <summary>Every kind of event and what each seat sees of it; the last row (<c>*</c>) covers any other kind.</summary>
    public static IReadOnlyList<EventVisibilityRule> Rules { get; } =
    [
        new("inject_*", All, All, All, All),
        new("solicitation_issued", All, All, All, All),
        new("termination_notice", All, All, All, All),
        new("contract_terminated", All, All, All, All),
        new("accreditation_granted", All, All, All, All),
        new("accreditation_failed", All, All, All, All),
        new("contract_awarded", All, OwnElsePublicForm, OwnElsePublicForm, All),
        new("terminated_immediately", All, OwnElsePublicForm, OwnElsePublicForm, All),
        new("partnership_reduced", All, OwnElsePublicForm, OwnElsePublicForm, All),
        new("legal_challenge", All, OwnElsePublicForm, OwnElsePublicForm, All),
        new("bid_submitted", Own, Own, Own, All),
        new("terms_answered", Own, Own, Own, All),
        new("carve_out_proposed", Own, Own, Own, All),
        new("ultimatum_issued", Own, Own, Own, All),
        new("accreditation_started", Own, Own, Own, All),
        new("clarification_requested", Own, Own, Own, All),
        new("red_line_breach", Own, Own, Own, All),
        new("compliance_incident", Own, Own, Own, All),
        new("transition_decided", Own, Own, Own, All),
        new("transition_completed", Own, Own, Own, All),
        new("*", Own, Own, Own, All),
    ];

    /// <summary>The names the agency's seat acts and is addressed under: the agency itself and its integrator.</summary>
    public static IReadOnlyList<string> AgencyNames { get; } = [SeatIds.Agency, "integrator"];

    /// <summary>The row for an event kind (the <c>*</c> row when it is not listed).</summary>
    public static EventVisibilityRule RuleFor(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Rules.FirstOrDefault(r => r.Kind == kind)
            ?? Rules.First(r => r.Kind == (kind.StartsWith("inject_", StringComparison.Ordinal) ? "inject_*" : "*"));
    }

    /// <summary>Whether a vendor the event does not concern sees it (whole or in its public form): the public timeline.</summary>
    public static bool IsPublic(SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return RuleFor(e.Kind).Replacement is All or PublicForm or OwnElsePublicForm;
    }

    /// <summary>The event as a vendor it does not concern sees it, or null when such a vendor does not see it.</summary>
    public static SimEvent? AsPublic(SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Apply(RuleFor(e.Kind).Replacement, e, party: false);
    }

    /// <summary>
    /// The event as <paramref name="seat"/> sees it (null when it does not): whole, or in its public form.
    /// <paramref name="role"/> is the vendor's role, null for the agency.
    /// </summary>
    public static SimEvent? As(string seat, VendorRole? role, SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var rule = RuleFor(e.Kind);
        if (role is null) return Apply(rule.Agency, e, AgencyNames.Contains(e.Actor) || AgencyNames.Contains(e.Subject));
        return Apply(role == VendorRole.Incumbent ? rule.Incumbent : rule.Replacement, e, e.Actor == seat || e.Subject == seat);
    }

    private static SimEvent? Apply(EventAccess access, SimEvent e, bool party) => access switch
    {
        All => e,
        Own or OwnElsePublicForm when party => e,
        PublicForm or OwnElsePublicForm => e with { Detail = PublicDetail(e) },
        _ => null,
    };

    // The public form's sentence: who and what, never a figure or a term.
    private static string PublicDetail(SimEvent e) => e.Kind switch
    {
        "contract_awarded" => $"the agency awards {e.Subject} a contract",
        "terminated_immediately" => $"the agency terminates {e.Subject} at once",
        "partnership_reduced" => $"the agency cuts {e.Subject}'s tasking",
        "legal_challenge" => $"a legal challenge to {e.Subject}'s termination",
        _ => $"{e.Kind.Replace('_', ' ')} ({e.Subject})",
    };
}
