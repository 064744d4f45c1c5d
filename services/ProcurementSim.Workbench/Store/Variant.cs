namespace ProcurementSim.Workbench.Store;

/// <summary>A saved variant: a name, a note, the scenario text and the strategy and seed it plays.</summary>
internal sealed record Variant(string Id, string Name, string Note, string Yaml, string? Strategy, ulong? Seed, DateTimeOffset Created);
