namespace ProcurementSim.Cli.Running;

/// <summary>What the user asked <c>procsim run</c> for; null means "use the default".</summary>
internal sealed record RunRequest(string File, string? Strategy, ulong? Seed, string? OutputDirectory);
