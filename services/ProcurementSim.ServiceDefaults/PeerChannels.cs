using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults.Security;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// Outgoing gRPC to other services (a singleton registered by <c>AddServiceDefaults</c>). One <see cref="GrpcChannel"/>
/// per address (HTTP/2 cleartext for <c>http://</c>; TLS for <c>https://</c>, trusting the system's authorities and
/// those of <c>ProcSim:Tls:CaPath</c>, never any certificate whatever), its unary calls wrapped in a Polly pipeline: deadline
/// <see cref="ProcSimOptions.CallTimeoutSeconds"/> unless the caller sets one, retry on Unavailable with exponential
/// backoff and jitter (<see cref="ProcSimOptions.CallAttempts"/> tries), and a circuit breaker per address.
/// Use: <c>new Vendor.VendorClient(peers.For(address))</c>.
/// </summary>
public sealed class PeerChannels(IOptions<ProcSimOptions> options, ILoggerFactory loggerFactory, TimeProvider? time = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Peer>> peers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILogger logger = loggerFactory.CreateLogger<PeerChannels>();
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly Lazy<System.Net.Security.RemoteCertificateValidationCallback?> trust = new(() =>
        string.IsNullOrWhiteSpace(options.Value.Tls.CaPath)
            ? null
            : TlsCertificates.TrustAuthorities(TlsCertificates.LoadAuthorities("ProcSim:Tls:CaPath", options.Value.Tls.CaPath)));

    /// <summary>The call invoker of <paramref name="address"/> (<c>http://host:port</c>), created on first use.</summary>
    public CallInvoker For(string address)
    {
        var key = Normalize(address);
        return peers.GetOrAdd(key, k => new Lazy<Peer>(() => Create(k))).Value.Invoker;
    }

    public void Dispose()
    {
        foreach (var peer in peers.Values)
        {
            if (peer.IsValueCreated)
            {
                peer.Value.Channel.Dispose();
            }
        }

        peers.Clear();
    }

    private Peer Create(string address)
    {
        var settings = options.Value;
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            LoggerFactory = loggerFactory,
            // A peer that restarts is back within seconds; gRPC's default reconnect backoff (1 s growing to 120 s)
            // would fail every retry of the Polly pipeline meanwhile.
            InitialReconnectBackoff = TimeSpan.FromMilliseconds(100),
            MaxReconnectBackoff = TimeSpan.FromSeconds(2),
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
                ConnectTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.CallTimeoutSeconds)),
                SslOptions = new System.Net.Security.SslClientAuthenticationOptions { RemoteCertificateValidationCallback = trust.Value },
            },
        });
        var pipeline = PeerPipeline.Build(address, settings, logger);
        return new Peer(channel, channel.Intercept(new ResilienceInterceptor(address, pipeline, settings, clock)));
    }

    private static string Normalize(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Peer address '{address}' is not an absolute http:// or https:// address such as http://127.0.0.1:5110.", nameof(address));
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }

    private sealed record Peer(GrpcChannel Channel, CallInvoker Invoker);
}
