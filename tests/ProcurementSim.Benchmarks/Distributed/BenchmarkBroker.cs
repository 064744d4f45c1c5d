using ProcurementSim.Testing.Broker;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// The RabbitMQ of the distributed harness: RABBITMQ_URL when set; else a private throwaway node started from the
/// local rabbitmq-server install (the integration tests' <see cref="LocalRabbitMqNode"/>: own ports, own files, own
/// user, stopped and deleted at the end).
/// </summary>
internal sealed class BenchmarkBroker(string amqpUrl, string description, LocalRabbitMqNode? node) : IAsyncDisposable
{
    // Linux counts a process's CPU time in clock ticks of 1/100 s (sysconf(_SC_CLK_TCK) is 100 on every usual build).
    private const double ClockTicksPerSecond = 100;

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

    /// <summary>
    /// The CPU time the broker's process has used so far (user + system, from /proc), or null when the broker is not
    /// a private node of this harness (RABBITMQ_URL) or /proc cannot tell.
    /// </summary>
    public TimeSpan? CpuTime()
    {
        if (node?.ProcessId is not { } pid) return null;
        try
        {
            // /proc/PID/stat: the command sits in parentheses and may hold spaces; utime and stime are the 14th and
            // 15th fields, the 12th and 13th after the closing parenthesis and the state.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => node?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string InstalledVersion()
    {
        const string lib = "/usr/lib/rabbitmq/lib";
        var server = Directory.Exists(lib) ? Directory.GetDirectories(lib, "rabbitmq_server-*").Select(Path.GetFileName).FirstOrDefault() : null;
        return server?["rabbitmq_server-".Length..] ?? "(version unknown)";
    }
}
