using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ProcurementSim.Testing.Network;
using ProcurementSim.Testing.Processes;

namespace ProcurementSim.Testing.Broker;

/// <summary>
/// A private throwaway RabbitMQ node run from the local rabbitmq-server install (the recipe of
/// shared/notes/rabbitmq-local.md). It calls /usr/lib/rabbitmq/bin/* directly (the /usr/sbin wrappers switch
/// to the rabbitmq user), with its own HOME (Erlang cookie), data, log and config under a temp directory, and
/// its own free ports for AMQP, Erlang distribution and epmd, so it neither needs nor disturbs a system node
/// on 5672/4369. It has one user with a random password and full rights on vhost /; guest is deleted.
/// </summary>
public sealed class LocalRabbitMqNode : IRunningBroker
{
    public const string BinDirectory = "/usr/lib/rabbitmq/bin";

    private const string DirectoryPrefix = "procsim-rmq-";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly string nodeName;
    private readonly int epmdPort;
    private readonly Dictionary<string, string> environment;
    private int commandCount;

    private LocalRabbitMqNode(string baseDirectory, string nodeName, int amqpPort, int distPort, int epmdPort)
    {
        BaseDirectory = baseDirectory;
        this.nodeName = nodeName;
        this.epmdPort = epmdPort;
        AmqpPort = amqpPort;
        environment = new Dictionary<string, string>
        {
            // The node and rabbitmqctl must share HOME: the Erlang cookie lives there.
            ["HOME"] = baseDirectory,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Invariant(amqpPort),
            ["RABBITMQ_DIST_PORT"] = Invariant(distPort),
            // A private epmd: the one a node starts outlives it, and ours must be told apart from a system one.
            ["ERL_EPMD_PORT"] = Invariant(epmdPort),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(baseDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = LogDirectory,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(baseDirectory, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(baseDirectory, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = PidFile,
            // An empty env file, so /etc/rabbitmq/rabbitmq-env.conf cannot rename the node or move its files.
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(baseDirectory, "rabbitmq-env.conf"),
        };
    }

    /// <summary>Whether rabbitmq-server is installed where Debian's package puts it.</summary>
    public static bool IsInstalled => File.Exists(Path.Combine(BinDirectory, "rabbitmq-server"));

    public string BaseDirectory { get; }

    public int AmqpPort { get; }

    public string AmqpUrl { get; private set; } = "";

    private string LogDirectory => Path.Combine(BaseDirectory, "log");

    private string PidFile => Path.Combine(BaseDirectory, "rabbit.pid");

    /// <summary>Starts a node and waits until it accepts connections (5-7 s); throws <see cref="BrokerUnavailableException"/> if it does not.</summary>
    public static async Task<LocalRabbitMqNode> StartAsync()
    {
        await StopOrphansAsync();
        var ports = FreeTcpPort.Take(3);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var baseDirectory = Directory.CreateTempSubdirectory(DirectoryPrefix).FullName;
        var record = new LocalNodeRecord(Environment.ProcessId, $"procsim-test-{id}@localhost", ports[0], ports[1], ports[2]);
        var node = FromRecord(baseDirectory, record);
        try
        {
            await record.WriteAsync(baseDirectory);
            await node.BootAsync(user: $"procsim-{id}", password: Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            return node;
        }
        catch
        {
            await node.StopAsync(deleteFiles: false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(deleteFiles: true));

    /// <summary>
    /// Stops the node at once with SIGKILL (a fault test's broker crash: a clean shutdown takes seconds, long enough for a
    /// short run to finish first). Every connection drops; its files and users stay for <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task KillAsync()
    {
        var pid = OwnNodePid() ?? throw new InvalidOperationException($"The node {nodeName} is not running.");
        using var process = Process.GetProcessById(pid);
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>The node's Erlang VM process (beam.smp), or null when it is not running: a harness reads its CPU time.</summary>
    public int? ProcessId => OwnNodePid();

    /// <summary>Starts the node again after <see cref="KillAsync"/>, on the same port with the same users, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        await RunAsync("start", "rabbitmq-server", ["-detached"], StartTimeout);
        await RunAsync("wait", "rabbitmqctl", ["-n", nodeName, "wait", "--timeout", "60", PidFile], WaitTimeout);
    }

    /// <summary>Stops the nodes (and their epmd) left running by test processes that no longer exist, and deletes their files.</summary>
    private static async Task StopOrphansAsync()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            if (LocalNodeRecord.TryRead(directory) is { OwnerIsGone: true } record)
            {
                await FromRecord(directory, record).StopAsync(deleteFiles: true);
            }
        }
    }

    private static LocalRabbitMqNode FromRecord(string directory, LocalNodeRecord record) =>
        new(directory, record.NodeName, record.AmqpPort, record.DistPort, record.EpmdPort);

    private async Task BootAsync(string user, string password)
    {
        Directory.CreateDirectory(LogDirectory);
        await File.WriteAllTextAsync(environment["RABBITMQ_CONFIG_FILE"], $"listeners.tcp.default = 127.0.0.1:{Invariant(AmqpPort)}\n");
        await File.WriteAllTextAsync(environment["RABBITMQ_ENABLED_PLUGINS_FILE"], "[].\n");
        await File.WriteAllTextAsync(environment["RABBITMQ_CONF_ENV_FILE"], "");

        // -detached returns at once; `rabbitmqctl await_startup` straight after it fails, `wait PIDFILE` does not.
        await RunAsync("start", "rabbitmq-server", ["-detached"], StartTimeout);
        await RunAsync("wait", "rabbitmqctl", ["-n", nodeName, "wait", "--timeout", "60", PidFile], WaitTimeout);
        await RunAsync("add_user", "rabbitmqctl", ["-n", nodeName, "-q", "add_user", user, password], CommandTimeout);
        await RunAsync("set_permissions", "rabbitmqctl", ["-n", nodeName, "-q", "set_permissions", "-p", "/", user, ".*", ".*", ".*"], CommandTimeout);
        await RunAsync("delete_user", "rabbitmqctl", ["-n", nodeName, "-q", "delete_user", "guest"], CommandTimeout);
        AmqpUrl = $"amqp://{user}:{password}@127.0.0.1:{Invariant(AmqpPort)}/";
    }

    private async Task StopAsync(bool deleteFiles)
    {
        if (OwnNodePid() is { } pid
            && !(await RunCommandAsync("rabbitmqctl", ["-n", nodeName, "-q", "shutdown"], CommandTimeout)).Succeeded)
        {
            TryKill(pid);
        }
        foreach (var epmd in OwnProcesses("epmd"))
        {
            TryKill(epmd);
        }
        if (deleteFiles)
        {
            TryDeleteDirectory(BaseDirectory);
        }
    }

    private async Task RunAsync(string step, string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var result = await RunCommandAsync(tool, arguments, timeout);
        if (!result.Succeeded)
        {
            throw new BrokerUnavailableException(
                $"The local RabbitMQ node {nodeName} did not start: `{tool} {step}` exited with {Invariant(result.ExitCode)} " +
                $"({Tail(result.Output)}); its files and logs are in {BaseDirectory}.");
        }
    }

    private Task<ProcessResult> RunCommandAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var output = Path.Combine(LogDirectory, $"cmd-{Invariant(Interlocked.Increment(ref commandCount))}-{tool}.out");
        return ProcessRunner.RunAsync(Path.Combine(BinDirectory, tool), arguments, environment, output, timeout);
    }

    /// <summary>The node's pid from its pid file, when that process is still this node's beam.smp.</summary>
    private int? OwnNodePid() =>
        File.Exists(PidFile)
        && int.TryParse(File.ReadAllText(PidFile).Trim(), CultureInfo.InvariantCulture, out var pid)
        && OwnProcesses("beam.smp").Contains(pid)
            ? pid
            : null;

    /// <summary>
    /// Processes named <paramref name="name"/> that this node started: our HOME and our epmd port are in their
    /// environment. A pid alone could have been reused by another program; this cannot match a system node's.
    /// </summary>
    private List<int> OwnProcesses(string name)
    {
        var home = "HOME=" + BaseDirectory;
        var port = "ERL_EPMD_PORT=" + Invariant(epmdPort);
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != name)
                {
                    continue;
                }
                var variables = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (variables.Contains(home) && variables.Contains(port))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }
        return found;
    }

    private static void TryKill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Tail(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no output" : string.Join(" | ", lines.TakeLast(3));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
