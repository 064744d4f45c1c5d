namespace ProcurementSim.IntegrationTests.Bus;

/// <summary>A tiny test message.</summary>
public sealed record Ping(Guid Id, string Text);
