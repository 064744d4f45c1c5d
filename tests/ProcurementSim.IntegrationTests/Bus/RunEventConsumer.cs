using MassTransit;
using ProcurementSim.Contracts;

namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>Consumes every domain event by its interface, as the orchestrator does.</summary>
public sealed class RunEventConsumer(MessageProbe<IRunEvent> probe) : IConsumer<IRunEvent>
{
    public Task Consume(ConsumeContext<IRunEvent> context)
    {
        probe.Add(context.Message);
        return Task.CompletedTask;
    }
}
