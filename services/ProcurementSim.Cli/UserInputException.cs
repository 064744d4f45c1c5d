namespace ProcurementSim.Cli;

/// <summary>A mistake in what the user gave (a path, a name, a value): its message is the sentence shown, and the exit code is 2.</summary>
internal sealed class UserInputException(string message, Exception? inner = null) : Exception(message, inner);
