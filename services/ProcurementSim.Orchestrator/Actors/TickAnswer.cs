using ProcurementSim.Core.Actors;

namespace ProcurementSim.Orchestrator.Actors;

/// <summary>An actor's answer to a tick.</summary>
/// <param name="ActorId">The actor it answered for.</param>
/// <param name="Tick">The tick it answered for.</param>
/// <param name="MessagesSent">Recipient id → how many messages it sent during the tick.</param>
/// <param name="EventsPublished">How many events it published on the bus during the tick.</param>
/// <param name="Agency">The agency's report, when the agency answered with one.</param>
/// <param name="Vendor">The vendor's report, when a vendor answered with one.</param>
/// <param name="UnreadableReport">
/// Why the report it sent could not be read, or null. Kept rather than thrown, so that the run fails on it only once the
/// tick's events are in, as for any other report problem.
/// </param>
public sealed record TickAnswer(
    int ActorId, int Tick, IReadOnlyDictionary<int, int> MessagesSent, int EventsPublished,
    AgencyTickReport? Agency, VendorTickReport? Vendor, FormatException? UnreadableReport);
