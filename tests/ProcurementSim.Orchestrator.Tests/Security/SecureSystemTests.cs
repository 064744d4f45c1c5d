using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Security;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Reporting;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Security;

/// <summary>The four services over TLS (certificates made at test time) with an orchestrator that asks for an API key.</summary>
public sealed class SecureSystemTests(SecureSystem system) : IClassFixture<SecureSystem>
{
    [Fact]
    public async Task Over_tls_with_the_api_key_a_run_gives_the_embedded_runs_files_byte_for_byte()
    {
        using var api = new OrchestratorApi(system.OrchestratorAddress, system.Certificates.CaPath, SecureSystem.ApiKey);
        var file = ReferenceScenarios.Standoff;
        var scenario = ReferenceScenarios.Load(file);

        var started = await api.StartRunAsync(new StartRunRequest { ScenarioYaml = ReferenceScenarios.Text(file), ScenarioFile = file, Strategy = "structured_replacement" });
        var snapshots = await api.WatchRunAsync(started.RunId);
        var files = await api.GetResultAsync(started.RunId);

        // Every hop (procsim to orchestrator, orchestrator to each actor service) is https://.
        Assert.StartsWith("https://127.0.0.1:", system.OrchestratorAddress, StringComparison.Ordinal);
        Assert.All(system.ActorAddresses, a => Assert.StartsWith("https://127.0.0.1:", a, StringComparison.Ordinal));
        var embedded = Simulator.Run(scenario, scenario.FindStrategy("structured_replacement")!, scenario.Seed, RunOptions.Default);
        Assert.Equal(RunState.Completed, snapshots[^1].State);
        Assert.Equal(ResultJsonWriter.ToBytes(embedded), files.ResultJson.ToByteArray());
        Assert.Equal(TimelineCsvWriter.ToBytes(embedded), files.TimelineCsv.ToByteArray());
    }

    [Fact]
    public async Task A_call_without_the_api_key_is_refused_as_unauthenticated_with_a_sentence()
    {
        using var api = new OrchestratorApi(system.OrchestratorAddress, system.Certificates.CaPath, apiKey: null);

        var e = await Assert.ThrowsAsync<RpcException>(() => api.ListRunsAsync());

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.Equal(ApiKeyInterceptor.MissingSentence, e.Status.Detail);
    }

    [Fact]
    public async Task A_call_with_a_wrong_api_key_is_refused_even_when_it_shares_the_keys_prefix()
    {
        // The right key with its last character changed: a prefix comparison would let it in.
        using var api = new OrchestratorApi(system.OrchestratorAddress, system.Certificates.CaPath, SecureSystem.ApiKey[..^1] + "X");

        var e = await Assert.ThrowsAsync<RpcException>(() => api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
            ScenarioFile = ReferenceScenarios.TeachingMinimal,
        }));

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.Equal(ApiKeyInterceptor.WrongSentence, e.Status.Detail);
    }

    [Fact]
    public async Task Health_answers_serving_without_the_api_key()
    {
        using var channel = Channel(system.Certificates.CaPath);

        // The short name, the API's full name (what a client of the protos asks for) and liveness.
        foreach (var name in new[] { "orchestrator", "procurementsim.v1.Orchestrator", "liveness" })
        {
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = name });

            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
        }
    }

    [Fact]
    public async Task Reflection_needs_the_api_key()
    {
        using var channel = Channel(system.Certificates.CaPath);
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
            await call.RequestStream.CompleteAsync();
            await call.ResponseStream.MoveNext();
        });

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_client_that_does_not_trust_the_servers_authority_is_refused(bool trustsAnotherAuthority)
    {
        using var api = new OrchestratorApi(system.OrchestratorAddress, trustsAnotherAuthority ? system.Certificates.OtherCaPath : null, SecureSystem.ApiKey);

        var e = await Assert.ThrowsAsync<RpcException>(() => api.ListRunsAsync());

        // The TLS handshake fails before any call reaches the service (Grpc.Net.Client reports it as Internal).
        Assert.NotEqual(StatusCode.Unauthenticated, e.StatusCode);
        Assert.Contains(Chain(e.Status.DebugException), x => x is System.Security.Authentication.AuthenticationException);
    }

    private GrpcChannel Channel(string caPath) => GrpcChannel.ForAddress(system.OrchestratorAddress, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = ServiceDefaults.Security.TlsCertificates.TrustAuthorities(
                    ServiceDefaults.Security.TlsCertificates.LoadAuthorities("caPath", caPath)),
            },
        },
    });

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
