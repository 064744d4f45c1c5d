namespace ProcurementSim.Core.Scenarios;

/// <summary>How the composite score weighs the metrics.</summary>
/// <param name="Weights">Weight per metric name (≥ 0); metrics not named weigh 0.</param>
/// <param name="CostReference">Total cost at which the cost utility reaches 0.</param>
/// <param name="ConflictReference">Refused task units at which the policy-conflict utility reaches 0.</param>
/// <param name="BreachReference">Breaches at which the red-line utility reaches 0.</param>
/// <param name="ExposureReference">Ethical exposure at which its utility reaches 0.</param>
public sealed record ScoreSpec(
    IReadOnlyDictionary<string, double> Weights,
    double CostReference,
    double ConflictReference,
    double BreachReference,
    double ExposureReference);
