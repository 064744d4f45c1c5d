using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Reporting;

namespace ProcurementSim.Workbench.Playing;

/// <summary>
/// A saved variant played as <c>procsim run scenario.yaml --strategy S --seed N</c> plays it, with the files that command
/// writes (made by <see cref="RunFileSet"/>, the code the CLI calls), so a download is byte for byte the CLI's file.
/// </summary>
internal sealed record VariantRun(Scenario Scenario, RunResult Result, IReadOnlyList<(string Name, byte[] Bytes)> Files)
{
    /// <summary>The run, or null with the first problem when the variant's text is not valid (a variant saved while broken).</summary>
    public static (VariantRun? Run, string? Problem) Of(string yaml, string? strategy, ulong? seed)
    {
        var loaded = ScenarioLoader.LoadText(yaml, LivePlay.FileName);
        if (!loaded.IsValid) return (null, loaded.Diagnostics.Count > 0 ? loaded.Diagnostics[0].ToString() : "the scenario is not valid");
        var scenario = loaded.Scenario!;
        if (StrategyResolution.Resolve(scenario, strategy).Strategy is not { } spec) return (null, $"the scenario has no strategy named '{strategy}'");
        var result = Simulator.Run(scenario, spec, seed ?? scenario.Seed, RunOptions.Default);
        return (new VariantRun(scenario, result, RunFileSet.Of(result, scenario.CapabilityThreshold)), null);
    }
}
