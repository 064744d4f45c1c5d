using System.Diagnostics;
using System.Net;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// The raw gRPC ceiling on this machine: sequential unary calls over one channel to a trivial service (a bare Kestrel
/// host with gRPC and nothing but grpc.health.v1, no interceptor, no tracing), the caller waiting for each answer.
/// Measured twice: from a plain <see cref="GrpcChannel"/>, and through <see cref="PeerChannels"/> (the Polly pipeline
/// every service-to-service call takes).
/// </summary>
internal static class GrpcCeiling
{
    public static async Task<(double Plain, double ThroughPeerChannels)> MeasureAsync(TimeSpan duration, int repeats)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        await using var app = builder.Build();
        app.MapGrpcHealthChecksService();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var channel = GrpcChannel.ForAddress(address);
        var plain = new Health.HealthClient(channel);
        using var peers = new PeerChannels(Options.Create(new ProcSimOptions()), NullLoggerFactory.Instance);
        var resilient = new Health.HealthClient(peers.For(address));

        var plainRates = new List<double>();
        var peerRates = new List<double>();
        await CallsPerSecondAsync(plain, TimeSpan.FromSeconds(1));
        await CallsPerSecondAsync(resilient, TimeSpan.FromSeconds(1));
        for (var r = 0; r < repeats; r++)
        {
            plainRates.Add(await CallsPerSecondAsync(plain, duration));
            peerRates.Add(await CallsPerSecondAsync(resilient, duration));
        }

        await app.StopAsync();
        return (Stats.Median(plainRates), Stats.Median(peerRates));
    }

    /// <summary>
    /// The same sequential calls against a real actor service (the full hosting stack of AddServiceDefaults: tracing,
    /// logging scopes, the exception interceptor) on its cheapest RPC: EndRun of a run it does not hold. Sent as raw
    /// bytes from a plain channel (the message is one string field), so no generated client is needed.
    /// </summary>
    public static async Task<double> MeasureServiceStackAsync(string address, TimeSpan duration, int repeats)
    {
        var endRun = new Method<byte[], byte[]>(MethodType.Unary, "procurementsim.v1.RunLifecycle", "EndRun",
            Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));
        byte[] request = [0x0A, 0x0C, .. "no-such-run!"u8];
        using var channel = GrpcChannel.ForAddress(address);
        var invoker = channel.CreateCallInvoker();
        async Task<double> Rate(TimeSpan span)
        {
            var calls = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < span)
            {
                await invoker.AsyncUnaryCall(endRun, null, default, request);
                calls++;
            }

            return calls / clock.Elapsed.TotalSeconds;
        }

        await Rate(TimeSpan.FromSeconds(1));
        var rates = new List<double>();
        for (var r = 0; r < repeats; r++) rates.Add(await Rate(duration));
        return Stats.Median(rates);
    }

    private static async Task<double> CallsPerSecondAsync(Health.HealthClient client, TimeSpan duration)
    {
        var request = new HealthCheckRequest();
        var calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var response = await client.CheckAsync(request);
            if (response.Status != HealthCheckResponse.Types.ServingStatus.Serving)
            {
                throw new RpcException(new Status(StatusCode.Internal, $"the trivial service answered {response.Status}"));
            }

            calls++;
        }

        return calls / clock.Elapsed.TotalSeconds;
    }
}
