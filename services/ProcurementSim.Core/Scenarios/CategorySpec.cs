namespace ProcurementSim.Core.Scenarios;

/// <summary>A use category of the agency's demand.</summary>
/// <param name="Name">Identifier, e.g. <c>intelligence_analysis</c>.</param>
/// <param name="Demand">Weekly demand in task units (≥ 0).</param>
/// <param name="Criticality">Weight of the category in mission capability (≥ 0).</param>
/// <param name="EthicalRisk">Weight of served volume in ethical exposure, in [0, 1].</param>
/// <param name="LegalStatus">Whether the agency may task it.</param>
/// <param name="Operational">Whether the integrator deploys outputs of this category into operations (where misuse can happen).</param>
public sealed record CategorySpec(
    string Name,
    double Demand,
    double Criticality,
    double EthicalRisk,
    LegalStatus LegalStatus,
    bool Operational)
{
    /// <summary>
    /// Whether the category is one of the situation's red lines (a use society or the incumbent refuses outright).
    /// Null: decided by <see cref="RedLines"/> from the incumbent's policy.
    /// </summary>
    public bool? RedLine { get; init; }

    /// <summary>
    /// What one unmet task unit of this category costs the mission, in money (≥ 0); null when the scenario does not
    /// price this category's shortfall.
    /// </summary>
    public double? ShortfallValue { get; init; }
}
