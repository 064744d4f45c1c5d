using MassTransit;

namespace ProcurementSim.IntegrationTests.Bus;

public sealed class PingConsumer(MessageProbe<Ping> probe) : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context)
    {
        probe.Add(context.Message);
        return Task.CompletedTask;
    }
}
