using ProcurementSim.Core.Events;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar;

namespace ProcurementSim.Seminar.Pages;

/// <summary>Who knew of an event (the fog of war of <see cref="EventVisibility"/>), for the debrief's timeline and the export.</summary>
internal static class EventAudience
{
    /// <summary>
    /// "everyone" when every seat saw the event whole; else the seats that saw it, in seat order, a seat that saw only
    /// its public form (no price, clause, fee or units) marked "(public form)".
    /// </summary>
    public static IReadOnlyList<string> Of(SeminarGame g, SimEvent e)
    {
        var seen = g.Seats.Select(s => (Seat: s, View: EventVisibility.As(s, RoleOf(g, s), e))).Where(x => x.View is not null).ToList();
        if (seen.Count == g.Seats.Count && seen.All(x => ReferenceEquals(x.View, e))) return ["everyone"];
        return [.. seen.Select(x => ReferenceEquals(x.View, e) ? x.Seat : $"{x.Seat} (public form)")];
    }

    // The agency's seat has no vendor role.
    private static VendorRole? RoleOf(SeminarGame g, string seat) => g.Scenario.Vendors.FirstOrDefault(v => v.Name == seat)?.Role;
}
