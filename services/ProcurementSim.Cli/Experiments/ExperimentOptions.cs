using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Experiments;

/// <summary>What <c>procsim compare</c> or <c>procsim sweep</c> was asked to do, as parsed from the command line.</summary>
/// <param name="Command"><c>compare</c> or <c>sweep</c>.</param>
/// <param name="File">The scenario file.</param>
/// <param name="Design">The sampling design (compare: Monte Carlo).</param>
/// <param name="Samples">Samples (compare: --runs; factorial: levels per continuous input).</param>
/// <param name="Replications">Replications per sample.</param>
/// <param name="Strategies">Strategy names, or null for all of the scenario's.</param>
/// <param name="Seed">The seed, or null for the scenario's.</param>
/// <param name="Parallel">Threads (embedded) or runs in flight (remote).</param>
/// <param name="OutputDirectory">Where the files go, or null for the default.</param>
/// <param name="Satisfice">Satisficing criteria from the command line (replace the scenario's).</param>
/// <param name="Fail">The fail condition for scenario discovery, or null.</param>
/// <param name="Parquet">Also write runs.parquet.</param>
/// <param name="Shard">Play only this shard of the states and write a partial result, or null for all.</param>
internal sealed record ExperimentOptions(
    string Command,
    string File,
    ExperimentDesign Design,
    int Samples,
    int Replications,
    IReadOnlyList<string>? Strategies,
    ulong? Seed,
    int Parallel,
    string? OutputDirectory,
    IReadOnlyList<string> Satisfice,
    string? Fail,
    bool Parquet,
    ShardSpec? Shard = null)
{
    /// <summary>True for sweep: levers are sampled and scenario discovery runs.</summary>
    public bool IsSweep => Command == "sweep";
}
