using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>The files of a run played in this process by the embedded engine: what the distributed mode must give byte for byte.</summary>
public sealed record EmbeddedFiles(double Score, byte[] ResultJson, byte[] TimelineCsv, byte[] ReportHtml)
{
    /// <summary>
    /// Plays (file, strategy, seed) with <see cref="Simulator.Run"/>; a null seed is the scenario's. Without
    /// <paramref name="report"/> the (3.6 MB) report.html is left empty.
    /// </summary>
    public static EmbeddedFiles Of(string file, string strategy, ulong? seed = null, bool report = true)
    {
        var scenario = ReferenceScenarios.Load(file);
        var spec = scenario.FindStrategy(strategy) ?? throw new ArgumentException($"{file} has no strategy '{strategy}'.", nameof(strategy));
        var result = Simulator.Run(scenario, spec, seed ?? scenario.Seed, RunOptions.Default);
        return new EmbeddedFiles(
            result.Score,
            ResultJsonWriter.ToBytes(result),
            TimelineCsvWriter.ToBytes(result),
            report ? HtmlReport.ToBytes(result, scenario.CapabilityThreshold) : []);
    }
}
