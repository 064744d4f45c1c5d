using ProcurementSim.Core.Events;
using ProcurementSim.Core.Seminar;

namespace ProcurementSim.Seminar.Pages;

/// <summary>Who knew of an event (the fog of war of <see cref="EventVisibility"/>), for the debrief's timeline and the export.</summary>
internal static class EventAudience
{
    /// <summary>"everyone" when the event is public, else the seats that saw it, in seat order.</summary>
    public static IReadOnlyList<string> Of(SeminarGame g, SimEvent e) =>
        EventVisibility.IsPublic(e) ? ["everyone"] : [.. g.Seats.Where(s => EventVisibility.Sees(s, e))];
}
