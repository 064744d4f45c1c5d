namespace ProcurementSim.Testing.Broker;

/// <summary>Thrown by a test that needs the broker when none could be had; the message says how to get one.</summary>
public sealed class BrokerUnavailableException(string message) : Exception(message);
