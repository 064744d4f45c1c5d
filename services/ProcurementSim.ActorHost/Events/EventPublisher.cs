using MassTransit;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Contracts;

namespace ProcurementSim.ActorHost.Events;

/// <summary>
/// Publishes an actor's events of a tick on the bus, the i-th with sequence i. Publishing again (after a failure)
/// is harmless: (run, tick, actor, sequence) identifies an event and the orchestrator keeps one of each.
/// </summary>
public sealed class EventPublisher(IPublishEndpoint publish)
{
    /// <summary>Publishes every event of <paramref name="played"/>; completes when the bus has taken them all.</summary>
    public Task PublishAsync(string runId, int actorId, PlayedTick played, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(played);
        if (played.Events.Count == 0) return Task.CompletedTask;
        var tasks = new Task[played.Events.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var message = RunEvents.Create(runId, EventMapping.ToData(played.Tick, actorId, i, played.Events[i]));
            // As object: MassTransit then publishes the concrete type (PartnershipReduced, ...), which consumers of
            // IRunEvent receive too; Publish<IRunEvent> would publish the interface only.
            tasks[i] = publish.Publish((object)message, cancellationToken);
        }
        return Task.WhenAll(tasks);
    }
}
