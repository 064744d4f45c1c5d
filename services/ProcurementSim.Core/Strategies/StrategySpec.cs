using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Strategies;

/// <summary>A named playbook of the scenario with its parameters.</summary>
/// <param name="Name">Name used on the command line (<c>--strategy</c>).</param>
/// <param name="Kind">Which playbook.</param>
/// <param name="Parameters">Typed parameters, defaults filled in (see <see cref="Strategies.StrategyCatalog"/>).</param>
public sealed record StrategySpec(string Name, StrategyKind Kind, StrategyParameters Parameters);
