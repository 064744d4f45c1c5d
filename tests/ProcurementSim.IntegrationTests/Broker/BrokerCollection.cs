namespace ProcurementSim.IntegrationTests.Broker;

/// <summary>Tests that need a real RabbitMQ join this collection: the broker starts once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "broker";
}
