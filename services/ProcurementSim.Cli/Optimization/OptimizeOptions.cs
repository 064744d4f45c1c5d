namespace ProcurementSim.Cli.Optimization;

/// <summary>What <c>procsim optimize</c> was asked to do, as parsed from the command line.</summary>
/// <param name="File">The scenario file.</param>
/// <param name="Strategy">The strategy whose levers are searched.</param>
/// <param name="Objectives">The objectives as written (comma-separated).</param>
/// <param name="Population">Candidates per generation.</param>
/// <param name="Generations">Generations of offspring after the initial population.</param>
/// <param name="States">States of the world every candidate is played in (and the re-evaluation's fresh states).</param>
/// <param name="Seed">The seed, or null for the scenario's.</param>
/// <param name="Parallel">Threads.</param>
/// <param name="OutputDirectory">Where the files go, or null for the default.</param>
/// <param name="Satisfice">Satisficing criteria from the command line (replace the scenario's).</param>
/// <param name="Islands">Independent populations searched in the same states (1: one search).</param>
/// <param name="Shard">With <c>--shard I/N</c>: play island I of N only and write it for <c>procsim merge</c>; else null.</param>
internal sealed record OptimizeOptions(
    string File,
    string Strategy,
    string Objectives,
    int Population,
    int Generations,
    int States,
    ulong? Seed,
    int Parallel,
    string? OutputDirectory,
    IReadOnlyList<string> Satisfice,
    int Islands = 1,
    Experiments.ShardSpec? Shard = null);
