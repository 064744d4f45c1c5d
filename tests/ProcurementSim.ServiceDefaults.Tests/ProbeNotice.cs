namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>A bus message of the bus test.</summary>
public sealed record ProbeNotice(string Text);
