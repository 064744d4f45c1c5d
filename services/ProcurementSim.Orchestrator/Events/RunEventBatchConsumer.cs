using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.Orchestrator.Events;

/// <summary>
/// Records the events an actor service published in one message (<see cref="RunEventBatch"/>: actors' events of a
/// tick, of one or several runs); each is stored once (see <see cref="RunEventBuffer"/>), so a redelivered, late or
/// reordered message changes nothing.
/// </summary>
public sealed class RunEventBatchConsumer(RunEventBuffer buffer, ILogger<RunEventBatchConsumer> logger) : IConsumer<RunEventBatch>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RunEventBatch> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.Message.Ticks)
        {
            var ignored = 0;
            foreach (var e in entry.Events)
            {
                if (!buffer.Add(entry.RunId, e))
                {
                    ignored++;
                }
            }

            if (ignored > 0 && logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("{Ignored} event(s) of tick {Tick}, actor {ActorId} of run {RunId} ignored: a redelivery, or the run is not in play.",
                    ignored, entry.Tick, entry.ActorId, entry.RunId);
            }
        }

        return Task.CompletedTask;
    }
}
