using MassTransit;

namespace ProcurementSim.ActorHost.Consumers;

/// <summary>
/// Every instance of every actor service must hear of a finished run, so each gets its own temporary queue
/// (<c>run-completed-&lt;instance&gt;</c>, deleted when the instance stops) instead of competing on a shared one.
/// </summary>
public sealed class RunCompletedConsumerDefinition : ConsumerDefinition<RunCompletedConsumer>
{
    /// <summary>Names the endpoint after a fresh instance id.</summary>
    public RunCompletedConsumerDefinition()
    {
        Endpoint(e =>
        {
            e.InstanceId = Guid.NewGuid().ToString("N")[..12];
            e.Temporary = true;
        });
    }
}
