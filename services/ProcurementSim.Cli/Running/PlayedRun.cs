using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Cli.Running;

/// <summary>A run played, with what the summary needs and the files to write (result.json, timeline.csv, report.html).</summary>
internal sealed record PlayedRun(Scenario Scenario, StrategySpec Strategy, RunResult Result, IReadOnlyList<(string Name, byte[] Bytes)> Files);
