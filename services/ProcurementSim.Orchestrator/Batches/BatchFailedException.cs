namespace ProcurementSim.Orchestrator.Batches;

/// <summary>A run of a batch failed, so the batch stops; the message names the state, the strategy and what failed.</summary>
public sealed class BatchFailedException(string message, Exception? inner = null) : Exception(message, inner);
