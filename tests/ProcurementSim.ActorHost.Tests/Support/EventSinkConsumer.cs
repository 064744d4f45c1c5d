using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>Collects every run event a hosted service publishes on its (in-memory) bus.</summary>
public sealed class EventSinkConsumer(EventSink sink) : IConsumer<IRunEvent>
{
    public Task Consume(ConsumeContext<IRunEvent> context)
    {
        sink.Add(context.Message);
        return Task.CompletedTask;
    }
}
