using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using ProcurementSim.ServiceDefaults.Security;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The two Kestrel endpoints of a service: gRPC over HTTP/2 (over TLS when <c>ProcSim:Tls:CertificatePath</c> is set,
/// cleartext otherwise) and HTTP/1.1 cleartext (for <c>/health</c>), both on
/// <see cref="ProcSimOptions.BindAddress"/>. A singleton; its addresses hold the real ports once the app has started.
/// </summary>
public sealed class KestrelEndpoints
{
    private ListenOptions? grpc;
    private ListenOptions? http;
    private bool tls;

    /// <summary>The gRPC endpoint as <c>http://host:port</c>, or <c>https://</c> over TLS (a wildcard bind address is shown as loopback).</summary>
    public string GrpcAddress => Describe(grpc, "gRPC", tls ? "https://" : "http://");

    /// <summary>The HTTP/1.1 endpoint as <c>http://host:port</c> (a wildcard bind address is shown as loopback).</summary>
    public string HttpAddress => Describe(http, "HTTP/1.1", "http://");

    internal void Configure(KestrelServerOptions kestrel, ProcSimOptions options)
    {
        var address = ParseBindAddress(options.BindAddress);
        var certificate = options.Tls.Enabled ? TryLoad(options.Tls) : null;
        tls = options.Tls.Enabled;
        kestrel.Listen(address, options.GrpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }

            grpc = listen;
        });
        kestrel.Listen(address, options.HttpPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            http = listen;
        });
    }

    // Kestrel's options are configured when the app is built, before options are validated at start: a certificate
    // that cannot be loaded is left out here, and ProcSimOptionsValidator stops the start with the sentence.
    private static System.Security.Cryptography.X509Certificates.X509Certificate2? TryLoad(TlsOptions options)
    {
        try
        {
            return TlsCertificates.LoadServerCertificate(options);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    internal static IPAddress ParseBindAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(value.Trim(), out var address)
            ? address
            : throw new ServiceConfigurationException(
                $"ProcSim:BindAddress '{value}' is not an IP address; give e.g. 127.0.0.1 (the default), ::1 or, to listen beyond this machine, 0.0.0.0.");
    }

    private static string Describe(ListenOptions? listen, string what, string scheme)
    {
        if (listen is null)
        {
            throw new InvalidOperationException(
                $"The {what} endpoint is not configured: AddServiceDefaults sets it up when Kestrel starts; read the address after app.StartAsync().");
        }

        var endpoint = listen.IPEndPoint
            ?? throw new InvalidOperationException($"The {what} endpoint is not an IP endpoint.");
        if (endpoint.Port == 0)
        {
            throw new InvalidOperationException(
                $"The {what} endpoint asked for a free port (0) and has not bound yet; read the address after app.StartAsync().");
        }

        var host = endpoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : endpoint.Address;
        return scheme + new IPEndPoint(host, endpoint.Port);
    }
}
