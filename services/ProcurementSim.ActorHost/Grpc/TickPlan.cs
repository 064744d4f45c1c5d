using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>A checked AdvanceTick: the hosted actor, the injects as inbox messages, and the announced counts per sender.</summary>
internal sealed record TickPlan(HostedActor Actor, IReadOnlyList<Envelope> Injects, IReadOnlyDictionary<int, int> Expected);
