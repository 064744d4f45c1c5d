using Grpc.AspNetCore.HealthChecks;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The names grpc.health.v1.Health answers for. Readiness — "" (the server), the service's short name (agency,
/// orchestrator, …) and the full name of every gRPC service it hosts (procurementsim.v1.Orchestrator, …) — runs every
/// check, the broker's included: a replica that cannot reach the bus takes no new work. Liveness —
/// <see cref="Liveness"/> — runs only the checks tagged <see cref="LiveTag"/> (the process answers), so a broker outage
/// makes a service unready, never restarted. Over HTTP/1.1 the same split is <c>/health</c> and <c>/health/live</c>.
/// </summary>
public static class HealthNames
{
    /// <summary>The grpc.health.v1 service name of the liveness check (Kubernetes: <c>grpc: {port, service: liveness}</c>).</summary>
    public const string Liveness = "liveness";

    /// <summary>The HTTP/1.1 path of the liveness check.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The tag of the checks liveness runs.</summary>
    public const string LiveTag = "live";

    internal static void Register(IServiceCollection services, string serviceName)
    {
        services.AddGrpcHealthChecks(health =>
            {
                health.Services.Map(serviceName, _ => true);
                health.Services.Map(Liveness, IsLive);
            })
            .AddCheck("self", () => HealthCheckResult.Healthy("The process is running."), tags: [LiveTag]);
        // The gRPC services are known once the app maps them (MapDefaultEndpoints lists them, before the host starts);
        // the health options are read after that, when the host starts.
        services.AddSingleton<HostedGrpcServices>();
        services.AddOptions<GrpcHealthChecksOptions>().Configure<HostedGrpcServices>((health, hosted) =>
        {
            foreach (var name in hosted.Names)
            {
                health.Services.Map(name, _ => true);
            }
        });
    }

    /// <summary>Records the gRPC services <paramref name="app"/> maps, for the readiness names.</summary>
    internal static void ListHostedServices(IEndpointRouteBuilder app)
    {
        var names = app.DataSources
            .SelectMany(d => d.Endpoints)
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        app.ServiceProvider.GetRequiredService<HostedGrpcServices>().Names.AddRange(names);
    }

    /// <summary>The full names of the gRPC services the app hosts.</summary>
    internal sealed class HostedGrpcServices
    {
        public List<string> Names { get; } = [];
    }

    internal static bool IsLive(HealthCheckMapContext context) => context.Tags.Contains(LiveTag);

    internal static bool IsLive(HealthCheckRegistration registration) => registration.Tags.Contains(LiveTag);
}
