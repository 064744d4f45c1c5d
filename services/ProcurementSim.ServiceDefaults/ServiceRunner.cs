using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// Builds and runs a service until it stops. A service that cannot start because of how it was configured — a setting that fails
/// its validation (an orchestrator beyond loopback without an API key, a bad port), a port already taken — says why in
/// one line on standard error and exits 2, the product's code for bad input; no stack trace.
/// </summary>
public static class ServiceRunner
{
    /// <summary>The exit code of a service refused by its configuration.</summary>
    public const int BadConfiguration = 2;

    /// <summary>
    /// Builds and runs the service <paramref name="name"/>: <c>AddServiceDefaults(name)</c>, <paramref name="configure"/>
    /// (its own registrations), <paramref name="map"/> (its gRPC services), <c>MapDefaultEndpoints</c>. Returns 0 when it
    /// stopped normally, <see cref="BadConfiguration"/> when its configuration kept it from starting.
    /// </summary>
    public static async Task<int> RunAsync(string name, string[] args, Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(map);
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddServiceDefaults(name);
            configure(builder);
            app = builder.Build();
            map(app);
            app.MapDefaultEndpoints();
            // Checked before the host starts, which would log the failure with its stack trace first.
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception e) when (Sentence(e) is { } why)
        {
            return Refuse(name, why);
        }

        await using (app.ConfigureAwait(false))
        {
            if (TakenPort(app.Services.GetRequiredService<IOptions<ProcSimOptions>>().Value) is { } taken)
            {
                return Refuse(name, taken);
            }

            try
            {
                await app.RunAsync().ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (Sentence(e) is { } why)
            {
                return Refuse(name, why);
            }
        }
    }

    // What the operator needs to read when the exception is a configuration problem; null for anything else (a bug,
    // which keeps its stack trace).
    private static string? Sentence(Exception e) => e switch
    {
        ServiceConfigurationException c => c.Message,
        OptionsValidationException v => string.Join(" ", v.Failures),
        AggregateException a when a.InnerExceptions.All(x => Sentence(x) is not null) => string.Join(" ", a.InnerExceptions.Select(Sentence)),
        IOException { InnerException: AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } } io =>
            io.Message + " (another process holds the port: stop it, or give ProcSim:GrpcPort and ProcSim:HttpPort other values).",
        { InnerException: { } inner } => Sentence(inner),
        _ => null,
    };

    private static string? TakenPort(ProcSimOptions options)
    {
        var address = KestrelEndpoints.ParseBindAddress(options.BindAddress);
        foreach (var (port, setting) in new[] { (options.GrpcPort, "ProcSim:GrpcPort"), (options.HttpPort, "ProcSim:HttpPort") })
        {
            if (port == 0)
            {
                continue;
            }

            var probe = new TcpListener(address, port);
            try
            {
                probe.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return $"port {port} on {options.BindAddress} ({setting}) is taken by another process: stop it, or give {setting} another value.";
            }
            finally
            {
                probe.Stop();
            }
        }

        return null;
    }

    private static int Refuse(string name, string why)
    {
        Console.Error.WriteLine($"{name} did not start: {why.ReplaceLineEndings(" ")}");
        return BadConfiguration;
    }
}
