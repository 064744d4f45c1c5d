using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>A real WebApplication on free loopback ports with the service defaults, the probe service and an in-memory bus.</summary>
public sealed class ProbeHost : IAsyncDisposable
{
    private ProbeHost(WebApplication app)
    {
        App = app;
        Channel = GrpcChannel.ForAddress(app.GrpcAddress());
    }

    public WebApplication App { get; }

    /// <summary>A plain channel: no retry, no breaker.</summary>
    public GrpcChannel Channel { get; }

    public CallCounter Counter => App.Services.GetRequiredService<CallCounter>();

    public static WebApplication Build(
        IDictionary<string, string?>? settings = null,
        Action<IBusRegistrationConfigurator>? bus = null,
        Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        var all = new Dictionary<string, string?>
        {
            ["ProcSim:GrpcPort"] = "0",
            ["ProcSim:HttpPort"] = "0",
            ["Bus:Transport"] = "InMemory",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.AddServiceDefaults("probe");
        builder.AddProcurementBus(bus);
        builder.Services.AddSingleton<CallCounter>();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGrpcService<ProbeService>();
        app.MapDefaultEndpoints();
        return app;
    }

    public static async Task<ProbeHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IBusRegistrationConfigurator>? bus = null,
        Action<IServiceCollection>? configure = null)
    {
        var app = Build(settings, bus, configure);
        try
        {
            await app.StartAsync();
            return new ProbeHost(app);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
