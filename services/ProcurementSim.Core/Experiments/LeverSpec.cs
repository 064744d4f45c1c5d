using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Experiments;

/// <summary>A strategy parameter the planner controls, with the range a sweep explores.</summary>
/// <param name="Name">Column name in runs.csv and the reports (defaults to <c>strategy.param</c>).</param>
/// <param name="Strategy">Name of the scenario's strategy it belongs to.</param>
/// <param name="Parameter">Name of the playbook parameter (see <see cref="Strategies.StrategyCatalog"/>).</param>
/// <param name="Range">The values a sweep draws from: whole numbers, a number interval, or a list of values.</param>
public sealed record LeverSpec(string Name, string Strategy, string Parameter, Distribution Range);
