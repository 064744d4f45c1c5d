using Grpc.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults.Tests.Probe;
using ProcurementSim.Testing.Security;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>Where a service listens, and gRPC over TLS from certificates in configuration (made at test time).</summary>
public sealed class SecurityHostingTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public async Task A_host_started_with_defaults_listens_only_on_loopback()
    {
        await using var host = await ProbeHost.StartAsync();

        var addresses = Addresses(host);

        // Two endpoints (gRPC and /health), both on 127.0.0.1: nothing on another interface of the machine can connect.
        Assert.Equal(2, addresses.Count);
        Assert.All(addresses, a => Assert.Equal("127.0.0.1", new Uri(a).Host));
    }

    [Fact]
    public async Task A_host_told_to_listen_on_every_address_does_so()
    {
        await using var host = await ProbeHost.StartAsync(new Dictionary<string, string?> { ["ProcSim:BindAddress"] = "0.0.0.0" });

        Assert.All(Addresses(host), a => Assert.Equal("0.0.0.0", new Uri(a).Host));
    }

    [Fact]
    public async Task With_a_pem_certificate_the_grpc_endpoint_speaks_tls_and_a_peer_trusting_the_authority_is_answered()
    {
        await using var host = await ProbeHost.StartAsync(_certificates.ServiceSettings());
        using var peers = Peers(_certificates.CaPath);

        var reply = await new Probe.Probe.ProbeClient(peers.For(host.App.GrpcAddress())).EchoAsync(new ProbeRequest { Text = "over tls" });

        Assert.StartsWith("https://127.0.0.1:", host.App.GrpcAddress(), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", host.App.HttpAddress(), StringComparison.Ordinal);
        Assert.Equal("over tls", reply.Text);
    }

    [Fact]
    public async Task With_a_pkcs12_certificate_and_its_password_the_grpc_endpoint_speaks_tls()
    {
        await using var host = await ProbeHost.StartAsync(new Dictionary<string, string?>
        {
            ["ProcSim:Tls:CertificatePath"] = _certificates.PfxPath,
            ["ProcSim:Tls:Password"] = _certificates.PfxPassword,
        });
        using var peers = Peers(_certificates.CaPath);

        var reply = await new Probe.Probe.ProbeClient(peers.For(host.App.GrpcAddress())).EchoAsync(new ProbeRequest { Text = "pfx" });

        Assert.Equal("pfx", reply.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_peer_that_does_not_trust_the_servers_authority_is_refused(bool trustsAnotherAuthority)
    {
        await using var host = await ProbeHost.StartAsync(_certificates.ServiceSettings());
        using var peers = Peers(trustsAnotherAuthority ? _certificates.OtherCaPath : null);

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            new Probe.Probe.ProbeClient(peers.For(host.App.GrpcAddress())).EchoAsync(new ProbeRequest { Text = "x" }).ResponseAsync);

        Assert.Contains(Chain(e.Status.DebugException), x => x is System.Security.Authentication.AuthenticationException);
    }

    [Fact]
    public async Task A_certificate_file_that_does_not_exist_stops_the_start_with_a_sentence()
    {
        var missing = Path.Combine(Path.GetTempPath(), "procsim-no-such-" + Guid.NewGuid().ToString("N") + ".pem");

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => ProbeHost.StartAsync(new Dictionary<string, string?>
        {
            ["ProcSim:Tls:CertificatePath"] = missing,
            ["ProcSim:Tls:KeyPath"] = _certificates.KeyPath,
        }));

        Assert.Contains($"ProcSim:Tls:CertificatePath '{missing}' does not exist; give the path of a readable file.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_that_does_not_match_the_certificate_stops_the_start_with_a_sentence()
    {
        // The authority's certificate with the server's key: a pair that does not belong together.
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => ProbeHost.StartAsync(new Dictionary<string, string?>
        {
            ["ProcSim:Tls:CertificatePath"] = _certificates.CaPath,
            ["ProcSim:Tls:KeyPath"] = _certificates.KeyPath,
        }));

        Assert.Contains($"ProcSim:Tls:CertificatePath '{_certificates.CaPath}' cannot be read as a certificate with its key", e.Message, StringComparison.Ordinal);
    }

    private static List<string> Addresses(ProbeHost host) =>
        [.. host.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    private static PeerChannels Peers(string? caPath)
    {
        var options = new ProcSimOptions { CallAttempts = 1 };
        options.Tls.CaPath = caPath;
        return new PeerChannels(Options.Create(options), NullLoggerFactory.Instance);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
