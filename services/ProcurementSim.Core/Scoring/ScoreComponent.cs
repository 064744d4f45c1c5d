namespace ProcurementSim.Core.Scoring;

/// <summary>One line of the score's breakdown.</summary>
/// <param name="Metric">Metric name.</param>
/// <param name="Value">Its raw value; null when the metric does not apply to this run (no transition, say).</param>
/// <param name="Utility">Its utility in [0, 1] (1 is best) before the delivery factor; null when not applicable.</param>
/// <param name="DeliveryFactor">
/// What the utility is multiplied by: 1 for delivery metrics, the delivered share d for the others (docs/MODEL.md §9).
/// </param>
/// <param name="Weight">The scenario's weight, renormalised over the applicable metrics so they sum to 1; 0 when not applicable.</param>
/// <param name="Points">Contribution to the 0–100 score: 100 × weight × delivery factor × utility.</param>
public sealed record ScoreComponent(string Metric, double? Value, double? Utility, double DeliveryFactor, double Weight, double Points)
{
    /// <summary>Whether the metric applies to this run (and so takes part in the score).</summary>
    public bool Applicable => Value is not null;
}
