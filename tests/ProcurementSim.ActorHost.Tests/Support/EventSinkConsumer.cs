using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>Collects every run event a hosted service publishes on its (in-memory) bus: they come in batches of actors' ticks.</summary>
public sealed class EventSinkConsumer(EventSink sink) : IConsumer<RunEventBatch>
{
    public Task Consume(ConsumeContext<RunEventBatch> context)
    {
        foreach (var entry in context.Message.Ticks)
        {
            foreach (var e in entry.Events) sink.Add(entry.RunId, e);
        }
        return Task.CompletedTask;
    }
}
