using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using ProcurementSim.Testing.Broker;
using Testcontainers.RabbitMq;

namespace ProcurementSim.IntegrationTests.Broker;

/// <summary>A throwaway RabbitMQ container (Testcontainers), for machines with a working Docker engine.</summary>
public sealed class RabbitMqContainerBroker : IRunningBroker
{
    public const string Image = "rabbitmq:3.13-management";

    private readonly RabbitMqContainer container;

    private RabbitMqContainerBroker(RabbitMqContainer container) => this.container = container;

    public string AmqpUrl => container.GetConnectionString();

    /// <summary>
    /// Starts the container, or returns null when there is no usable Docker engine. Testcontainers already
    /// throws <see cref="DockerUnavailableException"/> in Build() (it probes the engine there), not only in StartAsync().
    /// </summary>
    public static async Task<RabbitMqContainerBroker?> TryStartAsync()
    {
        RabbitMqContainer container;
        try
        {
            container = new RabbitMqBuilder(Image)
                .WithUsername("procsim")
                .WithPassword(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))
                .Build();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }
        try
        {
            await container.StartAsync();
        }
        catch (DockerUnavailableException)
        {
            await container.DisposeAsync();
            return null;
        }
        return new RabbitMqContainerBroker(container);
    }

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
