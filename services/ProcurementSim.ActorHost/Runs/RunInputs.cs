using ProcurementSim.Core.Experiments;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>What an InitRun fixes for a run; a repeated InitRun must bring the same, or it is a different run.</summary>
/// <param name="ScenarioYaml">The scenario text.</param>
/// <param name="ScenarioFile">The scenario file's name (diagnostics only).</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Seed">Seed.</param>
/// <param name="RunIndex">Index of the run in a batch.</param>
/// <param name="Peers">Actor id → gRPC address of the service hosting it.</param>
/// <param name="Overrides">The experiment's sampled inputs for the run, in the order sent (empty for a single run).</param>
public sealed record RunInputs(
    string ScenarioYaml, string ScenarioFile, string Strategy, ulong Seed, int RunIndex, IReadOnlyDictionary<int, string> Peers, IReadOnlyList<InputValue> Overrides)
{
    /// <summary>True when <paramref name="other"/> describes the same run (peers compared as a map, overrides as a list, values bit for bit).</summary>
    public bool SameRunAs(RunInputs other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ScenarioYaml == other.ScenarioYaml && ScenarioFile == other.ScenarioFile && Strategy == other.Strategy
            && Seed == other.Seed && RunIndex == other.RunIndex
            && Peers.Count == other.Peers.Count
            && Peers.All(p => other.Peers.TryGetValue(p.Key, out var a) && a == p.Value)
            && Overrides.Count == other.Overrides.Count
            && Overrides.Zip(other.Overrides).All(p => p.First.Name == p.Second.Name
                && BitConverter.DoubleToInt64Bits(p.First.Value) == BitConverter.DoubleToInt64Bits(p.Second.Value));
    }
}
