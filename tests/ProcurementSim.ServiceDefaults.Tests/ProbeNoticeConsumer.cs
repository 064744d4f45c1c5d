using MassTransit;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class ProbeNoticeConsumer(ProbeNoticeInbox inbox) : IConsumer<ProbeNotice>
{
    public Task Consume(ConsumeContext<ProbeNotice> context)
    {
        inbox.Receive(context.Message);
        return Task.CompletedTask;
    }
}
