using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Fog of war for the event log, in one place. An event is public when the world would learn of it: injects are
/// news by design; awards, notices, terminations and contract ends change who serves the agency, which the other
/// vendors see in the market; accreditation outcomes are announced; a solicitation goes to every vendor; a cut in
/// the incumbent's tasking and a legal challenge are public acts. Everything else (bids, terms, carve-outs,
/// ultimatums, incidents, the agency's internal notes) is seen only by its author and the party it concerns.
/// </summary>
public static class EventVisibility
{
    /// <summary>Event kinds everyone sees (besides every <c>inject_*</c> kind).</summary>
    public static IReadOnlySet<string> PublicKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "contract_awarded",
        "termination_notice",
        "terminated_immediately",
        "contract_terminated",
        "accreditation_granted",
        "accreditation_failed",
        "solicitation_issued",
        "partnership_reduced",
        "legal_challenge",
    };

    /// <summary>The names the agency's seat acts and is addressed under: the agency itself and its integrator.</summary>
    public static IReadOnlyList<string> AgencyNames { get; } = [SeatIds.Agency, "integrator"];

    /// <summary>Whether everyone sees the event.</summary>
    public static bool IsPublic(SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind.StartsWith("inject_", StringComparison.Ordinal) || PublicKinds.Contains(e.Kind);
    }

    /// <summary>Whether the seat sees the event: it is public, or the seat's actor did it or is its subject.</summary>
    public static bool Sees(string seat, SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (IsPublic(e)) return true;
        if (seat == SeatIds.Agency) return AgencyNames.Contains(e.Actor) || AgencyNames.Contains(e.Subject);
        return e.Actor == seat || e.Subject == seat;
    }
}
