using ProcurementSim.Testing.Broker;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// The RabbitMQ of the distributed harness: RABBITMQ_URL when set; else a private throwaway node started from the
/// local rabbitmq-server install (the integration tests' <see cref="LocalRabbitMqNode"/>: own ports, own files, own
/// user, stopped and deleted at the end).
/// </summary>
internal sealed class BenchmarkBroker(string amqpUrl, string description, IAsyncDisposable? node) : IAsyncDisposable
{
    public string AmqpUrl { get; } = amqpUrl;

    public string Description { get; } = description;

    public static async Task<BenchmarkBroker> StartAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("RABBITMQ_URL");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new BenchmarkBroker(fromEnvironment, $"RABBITMQ_URL ({new Uri(fromEnvironment).Host}:{new Uri(fromEnvironment).Port})", null);
        }

        if (!LocalRabbitMqNode.IsInstalled)
        {
            throw new InvalidOperationException(
                "No RabbitMQ for the distributed harness: set RABBITMQ_URL=amqp://user:password@host:port/ or install rabbitmq-server (apt-get install -y rabbitmq-server).");
        }

        var node = await LocalRabbitMqNode.StartAsync();
        return new BenchmarkBroker(node.AmqpUrl, $"private node of the local rabbitmq-server {InstalledVersion()} on 127.0.0.1:{node.AmqpPort}", node);
    }

    public ValueTask DisposeAsync() => node?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string InstalledVersion()
    {
        const string lib = "/usr/lib/rabbitmq/lib";
        var server = Directory.Exists(lib) ? Directory.GetDirectories(lib, "rabbitmq_server-*").Select(Path.GetFileName).FirstOrDefault() : null;
        return server?["rabbitmq_server-".Length..] ?? "(version unknown)";
    }
}
