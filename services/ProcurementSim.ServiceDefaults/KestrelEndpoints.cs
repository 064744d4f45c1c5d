using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The two Kestrel endpoints of a service: gRPC over HTTP/2 cleartext and HTTP/1.1 (for <c>/health</c>), both on
/// <see cref="ProcSimOptions.BindAddress"/>. A singleton; its addresses hold the real ports once the app has started.
/// </summary>
public sealed class KestrelEndpoints
{
    private ListenOptions? grpc;
    private ListenOptions? http;

    /// <summary>The gRPC endpoint as <c>http://host:port</c> (a wildcard bind address is shown as loopback).</summary>
    public string GrpcAddress => Describe(grpc, "gRPC");

    /// <summary>The HTTP/1.1 endpoint as <c>http://host:port</c> (a wildcard bind address is shown as loopback).</summary>
    public string HttpAddress => Describe(http, "HTTP/1.1");

    internal void Configure(KestrelServerOptions kestrel, ProcSimOptions options)
    {
        var address = ParseBindAddress(options.BindAddress);
        kestrel.Listen(address, options.GrpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            grpc = listen;
        });
        kestrel.Listen(address, options.HttpPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            http = listen;
        });
    }

    internal static IPAddress ParseBindAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(value.Trim(), out var address)
            ? address
            : throw new InvalidOperationException(
                $"ProcSim:BindAddress '{value}' is not an IP address; give e.g. 127.0.0.1 (the default), ::1 or, to listen beyond this machine, 0.0.0.0.");
    }

    private static string Describe(ListenOptions? listen, string what)
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
        return "http://" + new IPEndPoint(host, endpoint.Port);
    }
}
