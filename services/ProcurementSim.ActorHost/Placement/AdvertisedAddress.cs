using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Placement;

/// <summary>
/// Where others reach this replica over gRPC: <c>ProcSim:AdvertisedAddress</c> when given, else the address its gRPC
/// endpoint is bound to, known once the host has started (the bus starts first, so a claim may come before that).
/// </summary>
public sealed class AdvertisedAddress(IOptions<ActorHostOptions> options, KestrelEndpoints endpoints, IHostApplicationLifetime lifetime)
{
    /// <summary>The address, as http://host:port.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.AdvertisedAddress;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim().TrimEnd('/');
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            await started.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        return endpoints.GrpcAddress;
    }
}
