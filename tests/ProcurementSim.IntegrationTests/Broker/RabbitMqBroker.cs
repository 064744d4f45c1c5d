using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Testing.Broker;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ProcurementSim.IntegrationTests.Broker;

/// <summary>
/// The real RabbitMQ of the integration tests, started once per test run (collection "broker"). In order:
/// RABBITMQ_URL when set; else a private node from the local rabbitmq-server install; else a Testcontainers
/// container when a Docker engine works. With none of them every test of the collection fails with
/// <see cref="NoBrokerMessage"/>: a missing broker is a failure to fix, never a skip.
/// </summary>
public sealed class RabbitMqBroker(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string NoBrokerMessage =
        "No RabbitMQ broker: set RABBITMQ_URL, or install rabbitmq-server (apt-get install -y rabbitmq-server), or run a Docker engine.";

    private IRunningBroker? running;
    private string? amqpUrl;
    private string failure = NoBrokerMessage;

    /// <summary>amqp://user:password@host:port/ of the broker; throws <see cref="BrokerUnavailableException"/> when there is none.</summary>
    public string AmqpUrl => amqpUrl ?? throw new BrokerUnavailableException(failure);

    public BrokerSource Source { get; private set; }

    /// <summary>How long getting the broker took (about 0 for RABBITMQ_URL, 5-7 s for a local node).</summary>
    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            (Source, running, amqpUrl) = await AcquireAsync();
        }
        catch (BrokerUnavailableException e)
        {
            failure = e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = $"The RabbitMQ broker for the tests did not start: {e.Message}";
        }
        StartTime = clock.Elapsed;
        Report(amqpUrl is null
            ? $"RabbitMQ for the integration tests: none ({failure})"
            : string.Create(CultureInfo.InvariantCulture,
                $"RabbitMQ for the integration tests: {Source} at {Redacted(amqpUrl)}, ready in {StartTime.TotalSeconds:0.0} s"));
    }

    public async Task DisposeAsync()
    {
        if (running is not null)
        {
            var clock = Stopwatch.StartNew();
            await running.DisposeAsync();
            Report(string.Create(CultureInfo.InvariantCulture, $"RabbitMQ for the integration tests: {Source} stopped in {clock.Elapsed.TotalSeconds:0.0} s"));
        }
    }

    private static async Task<(BrokerSource, IRunningBroker?, string?)> AcquireAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("RABBITMQ_URL");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (!Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            {
                throw new BrokerUnavailableException("RABBITMQ_URL is set but is not an amqp:// or amqps:// URL.");
            }
            return (BrokerSource.EnvironmentVariable, null, fromEnvironment);
        }
        if (LocalRabbitMqNode.IsInstalled)
        {
            var node = await LocalRabbitMqNode.StartAsync();
            return (BrokerSource.LocalNode, node, node.AmqpUrl);
        }
        if (await RabbitMqContainerBroker.TryStartAsync() is { } container)
        {
            return (BrokerSource.Container, container, container.AmqpUrl);
        }
        throw new BrokerUnavailableException(NoBrokerMessage);
    }

    /// <summary>Prints to the test run's output: xunit shows diagnostic messages (xunit.runner.json), stderr covers other runners.</summary>
    private void Report(string line)
    {
        diagnostics.OnMessage(new DiagnosticMessage(line));
        Console.Error.WriteLine(line);
    }

    private static string Redacted(string url)
    {
        var builder = new UriBuilder(url);
        if (builder.Password.Length > 0)
        {
            builder.Password = "***";
        }
        return builder.Uri.ToString();
    }
}
