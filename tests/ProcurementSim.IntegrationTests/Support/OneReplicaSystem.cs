using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>A class fixture: one <see cref="DistributedSystem"/> with a replica of each service on the test broker.</summary>
public sealed class OneReplicaSystem(RabbitMqBroker broker) : IAsyncLifetime
{
    private DistributedSystem? _system;

    public DistributedSystem System => _system ?? throw new InvalidOperationException("The system has not started.");

    public async Task InitializeAsync() => _system = await DistributedSystem.StartAsync(broker.AmqpUrl);

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
