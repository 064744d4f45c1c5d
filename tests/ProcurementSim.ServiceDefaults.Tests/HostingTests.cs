using System.Net;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class HostingTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private ProbeHost Host => fixture.Host;

    [Fact]
    public void Both_endpoints_bind_to_loopback_on_distinct_free_ports()
    {
        var grpc = new Uri(Host.App.GrpcAddress());
        var http = new Uri(Host.App.HttpAddress());

        Assert.Equal("127.0.0.1", grpc.Host);
        Assert.Equal("127.0.0.1", http.Host);
        Assert.NotEqual(0, grpc.Port);
        Assert.NotEqual(0, http.Port);
        Assert.NotEqual(grpc.Port, http.Port);
    }

    [Fact]
    public async Task The_probe_service_answers_over_h2c()
    {
        var reply = await new Probe.Probe.ProbeClient(Host.Channel).EchoAsync(new ProbeRequest { Text = "hello", Key = "echo" });

        Assert.Equal("hello", reply.Text);
    }

    [Fact]
    public async Task Grpc_health_reports_serving_overall_and_for_the_service_name()
    {
        var health = new Health.HealthClient(Host.Channel);

        var overall = await health.CheckAsync(new HealthCheckRequest());
        var named = await health.CheckAsync(new HealthCheckRequest { Service = "probe" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, overall.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, named.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_probe_service_and_grpc_health()
    {
        var reflection = new ServerReflection.ServerReflectionClient(Host.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("procsim.tests.Probe", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task Health_over_http1_is_json_with_every_check()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await http.GetAsync(new Uri(new Uri(Host.App.HttpAddress()), "/health"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Version(1, 1), response.Version);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Contains("self", checks);
        Assert.Contains(checks, name => name.StartsWith("masstransit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_Internal_with_a_sentence_and_no_stack_trace()
    {
        var client = new Probe.Probe.ProbeClient(Host.Channel);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.FailAsync(new ProbeRequest()));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Contains("The probe was told to fail.", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("/procsim.tests.Probe/Fail", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ProbeService", ex.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Status.Detail);
    }
}
