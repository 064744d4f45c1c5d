using System.Net;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>
/// Readiness and liveness are different questions: a dependency that is down (here a check that always fails, as the
/// broker's does in an outage) makes the service unready under every readiness name, while liveness — the process
/// answers — stays serving, so an orchestrator such as Kubernetes stops sending work but does not restart it.
/// </summary>
public sealed class HealthNameTests
{
    [Fact]
    public async Task Every_hosted_grpc_service_name_is_registered_and_unknown_names_are_not_found()
    {
        await using var host = await ProbeHost.StartAsync();
        var health = new Health.HealthClient(host.Channel);

        foreach (var name in new[] { "", "probe", "procsim.tests.Probe", "grpc.health.v1.Health", HealthNames.Liveness })
        {
            Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = name })).Status);
        }

        var unknown = await Assert.ThrowsAsync<RpcException>(() => health.CheckAsync(new HealthCheckRequest { Service = "procsim.tests.Nothing" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_dependency_down_makes_the_service_unready_but_leaves_it_live()
    {
        await using var host = await ProbeHost.StartAsync(configure: services =>
            services.AddHealthChecks().AddCheck("dependency", () => HealthCheckResult.Unhealthy("The dependency is down.")));
        var health = new Health.HealthClient(host.Channel);

        Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest()).ResponseAsync).Status);
        Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest { Service = "procsim.tests.Probe" })).Status);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = HealthNames.Liveness })).Status);

        using var http = new HttpClient { BaseAddress = new Uri(host.App.HttpAddress()) };
        using var ready = await http.GetAsync(new Uri("/health", UriKind.Relative));
        using var live = await http.GetAsync(new Uri(HealthNames.LivePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var json = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Equal(["self"], json.RootElement.GetProperty("checks").EnumerateObject().Select(c => c.Name));
    }
}
