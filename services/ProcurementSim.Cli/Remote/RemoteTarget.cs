namespace ProcurementSim.Cli.Remote;

/// <summary>The orchestrator <c>--remote</c> names, with what procsim needs to be let in.</summary>
/// <param name="Url">The orchestrator's gRPC address (<c>http://</c>, or <c>https://</c> for TLS).</param>
/// <param name="ApiKey">The API key sent as <c>x-api-key</c> (PROCSIM_API_KEY or --api-key-file), or null.</param>
/// <param name="CaPath">A PEM file of authorities trusted for an <c>https://</c> orchestrator besides the system's (PROCSIM_CA or --ca), or null.</param>
/// <param name="TraceParent">The W3C trace context to continue (TRACEPARENT), or null for a new trace (<see cref="CommandTrace"/>).</param>
internal sealed record RemoteTarget(Uri Url, string? ApiKey, string? CaPath, string? TraceParent = null)
{
    /// <summary>Never prints the key.</summary>
    public override string ToString() => Url.OriginalString;
}
