namespace ProcurementSim.IntegrationTests.Broker;

/// <summary>Where the tests' RabbitMQ came from.</summary>
public enum BrokerSource
{
    /// <summary>No broker could be had: every test of the "broker" collection fails.</summary>
    None,

    /// <summary>The RABBITMQ_URL environment variable (a broker someone else runs).</summary>
    EnvironmentVariable,

    /// <summary>A private throwaway node started from the local rabbitmq-server install.</summary>
    LocalNode,

    /// <summary>A throwaway container started by Testcontainers.</summary>
    Container,
}
