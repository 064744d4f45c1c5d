using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Tests.Security;

/// <summary>
/// A service refused by its configuration says why in one line and exits 2 (bad input), as the real process does:
/// no unhandled exception, no stack trace, no exit code 134.
/// </summary>
public sealed class StartRefusalTests
{
    [Theory]
    [InlineData("0.0.0.0", true, "The orchestrator listens on 0.0.0.0, beyond this machine, and Orchestrator:ApiKey is not set")]
    [InlineData("127.0.0.1", false, "Services:Agency lists no gRPC address of the Agency service")]
    public async Task An_orchestrator_refused_by_its_settings_says_why_in_one_line_and_exits_2(string bind, bool replicas, string why)
    {
        var settings = new Dictionary<string, string>
        {
            ["ProcSim__BindAddress"] = bind,
            ["ProcSim__GrpcPort"] = "0",
            ["ProcSim__HttpPort"] = "0",
            ["Bus__Transport"] = "InMemory",
        };
        if (replicas)
        {
            settings["Services__Agency"] = "http://127.0.0.1:5110";
            settings["Services__Vendor"] = "http://127.0.0.1:5120";
            settings["Services__ReplacementVendor"] = "http://127.0.0.1:5130";
        }

        var (code, stdout, stderr) = await RunAsync("ProcurementSim.Orchestrator", settings);

        Assert.Equal(ServiceRunner.BadConfiguration, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("orchestrator did not start: " + why, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_service_without_a_broker_address_says_so_in_one_line_and_exits_2()
    {
        var (code, stdout, stderr) = await RunAsync("ProcurementSim.Vendor", new Dictionary<string, string>
        {
            ["ProcSim__GrpcPort"] = "0",
            ["ProcSim__HttpPort"] = "0",
            ["RabbitMq__Url"] = "",
            ["RABBITMQ_URL"] = "",
        });

        Assert.Equal(ServiceRunner.BadConfiguration, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("vendor did not start: ", line, StringComparison.Ordinal);
        Assert.Contains("RabbitMq:Url", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_service_whose_port_is_taken_says_so_in_one_line_and_exits_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, stdout, stderr) = await RunAsync("ProcurementSim.Agency", new Dictionary<string, string>
        {
            ["ProcSim__GrpcPort"] = port,
            ["ProcSim__HttpPort"] = "0",
            ["Bus__Transport"] = "InMemory",
        });

        Assert.Equal(ServiceRunner.BadConfiguration, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("agency did not start: ", line, StringComparison.Ordinal);
        Assert.Contains(port, line, StringComparison.Ordinal);
        Assert.Contains("ProcSim:GrpcPort", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string assembly, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"{assembly} did not exit within 60 s: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
