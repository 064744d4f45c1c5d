namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>The message of the bus ceiling: about the size of a run event.</summary>
public sealed record BenchPing(int Number, string Text);
