namespace ProcurementSim.Cli.Optimization;

/// <summary>An island shard as <see cref="IslandShard.Read"/> reads it.</summary>
/// <param name="Directory">Where it was read from.</param>
/// <param name="Search">The id of its search.</param>
/// <param name="Shard">Which island of how many (I/N: island I − 1).</param>
/// <param name="Options">The search's options (the file: the scenario's original name beside the shard, for messages only; islands: N).</param>
/// <param name="ScenarioText">The scenario file's text.</param>
/// <param name="InReferences">The strategies as written judged in sample.</param>
/// <param name="Island">The island's result.</param>
internal sealed record IslandShardFile(
    string Directory, string Search, Experiments.ShardSpec Shard, OptimizeOptions Options, string ScenarioText, IReadOnlyList<double[]> InReferences, IslandResult Island);
