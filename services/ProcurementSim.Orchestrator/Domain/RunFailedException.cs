namespace ProcurementSim.Orchestrator.Domain;

/// <summary>A run cannot go on; the message is the sentence the run is marked failed with (actor and tick named).</summary>
public sealed class RunFailedException(string message, Exception? inner = null) : Exception(message, inner);
