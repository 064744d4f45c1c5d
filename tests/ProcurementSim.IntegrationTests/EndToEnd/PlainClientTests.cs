using System.Net;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// What any gRPC client (grpcurl, a script, another language) gets from a bare channel: no ProcurementSim code, no
/// interceptor, no retry: the services list themselves through reflection, answer health checks, and the orchestrator
/// serves its public API.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PlainClientTests(OneReplicaSystem fixture) : IClassFixture<OneReplicaSystem>
{
    private const string Health = "grpc.health.v1.Health";
    private static readonly string[] ActorServiceApis = ["procurementsim.v1.RunLifecycle", "procurementsim.v1.Agency", "procurementsim.v1.Vendor"];

    private DistributedSystem System => fixture.System;

    [Fact]
    public async Task Reflection_lists_the_orchestrator_api_on_the_orchestrator_and_the_actor_apis_on_every_actor_service()
    {
        foreach (var host in System.All)
        {
            using var channel = GrpcChannel.ForAddress(host.GrpcAddress);

            var listed = await ListServicesAsync(channel);

            Assert.Contains(Health, listed);
            if (host.Name == "orchestrator")
            {
                Assert.Contains(OrchestratorApi.ServiceName, listed);
                Assert.DoesNotContain(listed, ActorServiceApis.Contains);
            }
            else
            {
                Assert.All(ActorServiceApis, api => Assert.Contains(api, listed));
                Assert.DoesNotContain(OrchestratorApi.ServiceName, listed);
            }
        }
    }

    [Fact]
    public async Task Reflection_describes_every_method_of_the_public_api_so_a_generic_client_can_call_it()
    {
        using var channel = GrpcChannel.ForAddress(System.Orchestrator.GrpcAddress);
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = OrchestratorApi.ServiceName });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var files = call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b));

        var service = files.SelectMany(f => f.Service.Select(s => (f.Package, Service: s))).Single(s => $"{s.Package}.{s.Service.Name}" == OrchestratorApi.ServiceName).Service;
        Assert.Equal(["ValidateScenario", "StartRun", "WatchRun", "GetResult", "StreamResult", "ListRuns", "CancelRun", "RunBatch"], service.Method.Select(m => m.Name));
        Assert.True(service.Method.Single(m => m.Name == "WatchRun").ServerStreaming);
        Assert.True(service.Method.Single(m => m.Name == "RunBatch").ServerStreaming);
    }

    [Fact]
    public async Task Every_service_answers_SERVING_to_grpc_health_checks_and_healthy_on_its_http_health_endpoint()
    {
        using var http = new HttpClient();
        foreach (var host in System.All)
        {
            using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
            var health = new Health.HealthClient(channel);

            var overall = await health.CheckAsync(new HealthCheckRequest { Service = "" }, deadline: DateTime.UtcNow.AddSeconds(10));
            var named = await health.CheckAsync(new HealthCheckRequest { Service = host.Name }, deadline: DateTime.UtcNow.AddSeconds(10));
            using var page = await http.GetAsync(new Uri(host.HttpAddress + "/health"));

            Assert.True(overall.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{host}: overall {overall.Status}");
            Assert.True(named.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{host}: '{host.Name}' {named.Status}");
            var body = await page.Content.ReadAsStringAsync();
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{host}: GET /health answered {page.StatusCode}: {body}");
            Assert.Contains("\"status\": \"Healthy\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_run_started_from_a_plain_channel_is_listed_by_ListRuns_on_that_channel_with_its_embedded_score()
    {
        using var channel = OrchestratorApi.Channel(System.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());
        var embedded = EmbeddedFiles.Of(ReferenceScenarios.TeachingMinimal, "structured_replacement", report: false);

        var started = await api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
            ScenarioFile = ReferenceScenarios.TeachingMinimal,
            Strategy = "structured_replacement",
        });
        await api.WatchToEndAsync(started.RunId, TimeSpan.FromMinutes(1));
        var listed = (await api.ListRunsAsync()).Runs.Single(r => r.RunId == started.RunId);

        Assert.Equal(RunState.Completed, listed.State);
        Assert.Equal("teaching-minimal", listed.Scenario);
        Assert.Equal("structured_replacement", listed.Strategy);
        Assert.Equal(listed.Ticks, listed.TicksDone);
        Assert.Equal(embedded.Score, listed.Score);
    }

    private static async Task<List<string>> ListServicesAsync(GrpcChannel channel)
    {
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return [.. call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name)];
    }
}
