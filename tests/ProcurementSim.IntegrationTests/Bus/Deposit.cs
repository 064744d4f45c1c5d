namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>A message that must not be applied twice: applying it changes a balance.</summary>
public sealed record Deposit(string Account, int Amount);
