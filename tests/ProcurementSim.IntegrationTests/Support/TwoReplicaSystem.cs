using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// A class fixture: a <see cref="DistributedSystem"/> with two replicas of each actor service, each able to host one
/// batch run at a time (ProcSim:RunCapacity = 1), so a batch with more runs in flight must spread over both replicas
/// and wait for room: the broker's competing consumers and back-pressure at work.
/// </summary>
public sealed class TwoReplicaSystem(RabbitMqBroker broker) : IAsyncLifetime
{
    private DistributedSystem? _system;

    public DistributedSystem System => _system ?? throw new InvalidOperationException("The system has not started.");

    public async Task InitializeAsync() => _system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
    {
        Replicas = 2,
        Settings = new Dictionary<string, string?> { ["ProcSim:RunCapacity"] = "1" },
    });

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
