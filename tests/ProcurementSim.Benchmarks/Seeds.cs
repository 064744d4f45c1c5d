using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Benchmarks;

/// <summary>The deterministic seed sequence the benchmarks play: the scenario's seed, then +1, +2, ... through a window.</summary>
internal static class Seeds
{
    /// <summary>Distinct seeds before the sequence starts again; enough that no single path dominates.</summary>
    public const ulong Window = 4096;

    /// <summary>The seed for the counter's value, then advances the counter.</summary>
    public static ulong Next(Scenario scenario, ref ulong counter) => scenario.Seed + (counter++ % Window);

    /// <summary>The seed for run <paramref name="i"/> of a sequence.</summary>
    public static ulong At(Scenario scenario, long i) => scenario.Seed + ((ulong)i % Window);
}
