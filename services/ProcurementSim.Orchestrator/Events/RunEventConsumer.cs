using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.Orchestrator.Events;

/// <summary>
/// Records every domain event the actors publish. MassTransit delivers each typed record (ContractAwarded,
/// PartnershipReduced, …) to a consumer of the interface they implement, so one consumer takes them all.
/// Redeliveries are stored once (see <see cref="RunEventBuffer"/>).
/// </summary>
public sealed class RunEventConsumer(RunEventBuffer buffer, ILogger<RunEventConsumer> logger) : IConsumer<IRunEvent>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<IRunEvent> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        if (!buffer.Add(message.RunId, message.Event))
        {
            logger.LogDebug("Event {Tick}/{ActorId}/{Sequence} of run {RunId} ignored: a redelivery, or the run is not in play.",
                message.Event.Tick, message.Event.ActorId, message.Event.Sequence, message.RunId);
        }

        return Task.CompletedTask;
    }
}
