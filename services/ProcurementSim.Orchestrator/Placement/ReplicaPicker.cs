using ProcurementSim.Core.Randomness;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Placement;

/// <summary>
/// Chooses, for a run, one replica of each actor service: replica = StableHash.Of(runId) % replicas. Every actor of
/// one service type for a run lives on the same replica, runs spread evenly, and the choice never changes for a run
/// (nor between processes), so retries and restarts find the run's state where it is.
/// </summary>
public sealed class ReplicaPicker
{
    /// <summary>The configuration section whose keys name the services.</summary>
    public const string Section = "Services";

    private readonly IReadOnlyDictionary<ActorService, IReadOnlyList<string>> _replicas;

    /// <summary>Uses the gRPC addresses given for each service.</summary>
    /// <exception cref="ArgumentException">A service has no replica or an address is not an absolute http(s) URL.</exception>
    public ReplicaPicker(IReadOnlyDictionary<ActorService, IReadOnlyList<string>> replicas)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        if (Problem(replicas) is { } problem)
        {
            throw new ArgumentException(problem, nameof(replicas));
        }

        _replicas = replicas;
    }

    private static string? Problem(IReadOnlyDictionary<ActorService, IReadOnlyList<string>> replicas)
    {
        foreach (var service in Enum.GetValues<ActorService>())
        {
            if (!replicas.TryGetValue(service, out var addresses) || addresses.Count == 0)
            {
                return $"{Section}:{service} lists no gRPC address of the {service} service; give at least one, e.g. {DefaultAddress(service)}.";
            }

            foreach (var address in addresses)
            {
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    return $"{Section}:{service} holds '{address}', which is not an absolute http(s) URL such as {DefaultAddress(service)}.";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads <c>Services:Agency</c>, <c>Services:Vendor</c> and <c>Services:ReplacementVendor</c>: each a list of addresses
    /// (a JSON array, or one string separated by commas, as an environment variable gives it).
    /// </summary>
    /// <exception cref="ServiceConfigurationException">A service has no replica or an address is not an absolute http(s) URL.</exception>
    public static ReplicaPicker FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var replicas = new Dictionary<ActorService, IReadOnlyList<string>>();
        foreach (var service in Enum.GetValues<ActorService>())
        {
            var section = configuration.GetSection(Section).GetSection(service.ToString());
            IEnumerable<string?> values = string.IsNullOrWhiteSpace(section.Value)
                ? section.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue).Select(c => c.Value)
                : section.Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
            replicas[service] = [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];
        }

        return Problem(replicas) is { } problem ? throw new ServiceConfigurationException(problem) : new ReplicaPicker(replicas);
    }

    /// <summary>The replicas of a service, in configuration order.</summary>
    public IReadOnlyList<string> Replicas(ActorService service) => _replicas[service];

    /// <summary>The address of the replica of <paramref name="service"/> that serves <paramref name="runId"/>.</summary>
    public string Pick(ActorService service, string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var addresses = _replicas[service];
        return addresses[(int)(StableHash.Of(runId) % (ulong)addresses.Count)];
    }

    private static string DefaultAddress(ActorService service) => service switch
    {
        ActorService.Agency => "http://127.0.0.1:5110",
        ActorService.Vendor => "http://127.0.0.1:5120",
        _ => "http://127.0.0.1:5130",
    };
}
