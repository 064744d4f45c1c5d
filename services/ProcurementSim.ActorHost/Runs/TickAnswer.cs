using ProcurementSim.Core.Actors;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// What an actor answers for a tick it has played, kept so that a retried AdvanceTick gets the same answer. The report
/// is a copy (the Core reuses its own from tick to tick): <see cref="Agency"/> for the agency, <see cref="Vendor"/> for
/// a vendor, the other one null.
/// </summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Tick">The tick played.</param>
/// <param name="EventsPublished">Events the actor logged, and so published, during the tick.</param>
/// <param name="MessagesSent">Recipient actor id → messages sent to it during the tick, in order of the first message to each.</param>
public sealed record TickAnswer(int ActorId, int Tick, int EventsPublished, IReadOnlyDictionary<int, int> MessagesSent)
{
    /// <summary>The agency's report of the tick, when the actor is the agency.</summary>
    public AgencyTickReport? Agency { get; init; }

    /// <summary>The vendor's report of the tick, when the actor is a vendor.</summary>
    public VendorTickReport? Vendor { get; init; }
}
