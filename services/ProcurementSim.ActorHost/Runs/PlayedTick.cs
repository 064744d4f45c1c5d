using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// A tick an actor has played: what it must still deliver and publish, and the answer to give once it has.
/// Kept until both are done, so a retried AdvanceTick finishes the tick instead of playing it again.
/// </summary>
/// <param name="Tick">The tick.</param>
/// <param name="Sent">Messages sent, in sending order.</param>
/// <param name="Events">Events logged, in logging order.</param>
/// <param name="Answer">The answer, report included.</param>
public sealed record PlayedTick(int Tick, IReadOnlyList<Envelope> Sent, IReadOnlyList<SimEvent> Events, TickAnswer Answer);
