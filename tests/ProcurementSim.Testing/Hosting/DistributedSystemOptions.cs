using Microsoft.AspNetCore.Builder;

namespace ProcurementSim.Testing.Hosting;

/// <summary>How a <see cref="DistributedSystem"/> is laid out and what tests add to its services.</summary>
public sealed class DistributedSystemOptions
{
    /// <summary>Replicas of each actor service (agency, vendor, replacement-vendor); the orchestrator is one.</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>
    /// Runs on every actor service's builder after <c>AddServiceDefaults</c> and <c>AddActorHost</c>, before
    /// <c>Build</c>: a test adds a server interceptor here, say. Arguments: the builder, the service's name, its replica.
    /// </summary>
    public Action<WebApplicationBuilder, string, int>? ConfigureActorService { get; init; }

    /// <summary>Runs on the orchestrator's builder after <c>AddServiceDefaults</c> and <c>AddOrchestrator</c>.</summary>
    public Action<WebApplicationBuilder>? ConfigureOrchestrator { get; init; }

    /// <summary>Settings given to every service beyond the ones the system sets (ports, broker, addresses).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The services' minimum log level: warnings and errors reach the test output, the chatter does not.</summary>
    public string LogLevel { get; init; } = "Warning";
}
