namespace ProcurementSim.Workbench.Playing;

/// <summary>What the page sends to play: the scenario text, the strategy (null: the first) and the seed (null: the scenario's).</summary>
internal sealed record PlayRequest(string? Yaml, string? Strategy, ulong? Seed);
