using MassTransit;
using Microsoft.Extensions.Options;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Placement;

/// <summary>
/// Places a batch run through the broker: for each actor service the run uses, a <see cref="PlacementClaim"/> request
/// on the service's placement queue, which every replica of the service consumes; the replica that takes it (one with
/// room: its prefetch is its run capacity) answers with its address and holds the claim until the run ends there.
/// Services are claimed one after the other in a fixed order (agency, vendor, replacement-vendor), so runs waiting for
/// room can never hold each other up in a circle.
/// </summary>
public sealed class ClaimPlacement
{
    private readonly IReadOnlyDictionary<ActorService, (string Queue, IRequestClient<PlacementClaim> Client)> _clients;
    private readonly int _timeoutSeconds;

    /// <summary>Builds a request client per service queue, named as the actor services name them.</summary>
    public ClaimPlacement(IBus bus, IServiceProvider services, IOptions<OrchestratorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        _timeoutSeconds = options.Value.PlacementTimeoutSeconds;
        var formatter = (IEndpointNameFormatter?)services.GetService(typeof(IEndpointNameFormatter)) ?? KebabCaseEndpointNameFormatter.Instance;
        var timeout = RequestTimeout.After(s: _timeoutSeconds);
        _clients = Enum.GetValues<ActorService>().ToDictionary(s => s, s =>
        {
            var queue = PlacementQueues.Name(formatter, ActorServiceNames.Of(s));
            return (queue, bus.CreateRequestClient<PlacementClaim>(new Uri($"queue:{queue}"), timeout));
        });
    }

    /// <summary>The queue a service's claims go to.</summary>
    public string QueueOf(ActorService service) => _clients[service].Queue;

    /// <summary>Claims a replica of each service the run uses and returns where its actors live.</summary>
    /// <exception cref="RunFailedException">No replica took a claim in time, or a replica refused it.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<RunPlacement> PlaceAsync(Scenario scenario, string runId, CancellationToken cancellationToken)
    {
        var actors = RunPlacement.ActorsByService(scenario);
        var addresses = new Dictionary<ActorService, string>();
        foreach (var (service, _) in actors)
        {
            addresses[service] = await ClaimAsync(service, runId, cancellationToken).ConfigureAwait(false);
        }

        return RunPlacement.Of(actors, s => addresses[s]);
    }

    private async Task<string> ClaimAsync(ActorService service, string runId, CancellationToken cancellationToken)
    {
        var (queue, client) = _clients[service];
        var name = ActorServiceNames.Of(service);
        try
        {
            var granted = await client.GetResponse<PlacementGranted>(new PlacementClaim(runId, name), cancellationToken).ConfigureAwait(false);
            var address = granted.Message.Address;
            return Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? address
                : throw new RunFailedException(
                    $"Before tick 0: a replica of the {name} service took the run but gave '{address}' as its address, which is not an absolute http(s) URL (see ProcSim:AdvertisedAddress).");
        }
        catch (RequestTimeoutException e)
        {
            throw new RunFailedException(
                $"Before tick 0: no replica of the {name} service took the run within {_timeoutSeconds} s (placement queue '{queue}'): are its replicas up and connected to RabbitMQ, and do they have room (ProcSim:RunCapacity)?", e);
        }
        catch (RequestFaultException e)
        {
            var why = e.Fault?.Exceptions.FirstOrDefault()?.Message ?? e.Message;
            throw new RunFailedException($"Before tick 0: a replica of the {name} service refused the run: {why.Trim().TrimEnd('.')}.", e);
        }
    }
}
