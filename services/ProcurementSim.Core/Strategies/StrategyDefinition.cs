using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Strategies;

/// <summary>What a playbook is, in one line, and which parameters it takes.</summary>
/// <param name="Kind">The playbook.</param>
/// <param name="Key">Its name in scenario files (<c>kind:</c>).</param>
/// <param name="Summary">One line for <c>procsim strategies</c>.</param>
/// <param name="Parameters">Accepted parameters.</param>
public sealed record StrategyDefinition(
    StrategyKind Kind,
    string Key,
    string Summary,
    IReadOnlyList<ParameterDefinition> Parameters);
