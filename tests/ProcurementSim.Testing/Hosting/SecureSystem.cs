using ProcurementSim.Testing.Security;
using Xunit;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// The four services in process with gRPC over TLS everywhere (certificates made at test time; each service trusts
/// the test authority for its peers) and an orchestrator that asks for an API key.
/// </summary>
public sealed class SecureSystem : IAsyncLifetime
{
    /// <summary>The orchestrator's key (what PROCSIM_API_KEY holds).</summary>
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly InProcessSystem _system;

    public SecureSystem()
    {
        var orchestrator = Certificates.ServiceSettings();
        orchestrator["Orchestrator:ApiKey"] = ApiKey;
        _system = new InProcessSystem { ActorSettings = Certificates.ServiceSettings(), OrchestratorSettings = orchestrator };
    }

    public TestCertificates Certificates { get; } = new();

    /// <summary>The orchestrator's https:// address.</summary>
    public string OrchestratorAddress => _system.OrchestratorAddress;

    /// <summary>The actor services' https:// addresses.</summary>
    public IReadOnlyList<string> ActorAddresses => _system.ActorAddresses;

    public Task InitializeAsync() => _system.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _system.DisposeAsync();
        Certificates.Dispose();
    }
}
