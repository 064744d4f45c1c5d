namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>A run a fault test started: its id and what it plays.</summary>
public sealed record FaultRun(string Id, string File, string Strategy, ulong Seed);
