namespace ProcurementSim.Core.Metrics;

/// <summary>The outcome metrics of one run (docs/MODEL.md §8 gives every formula). Null means "not applicable".</summary>
public sealed record RunMetrics
{
    /// <summary>Mean weekly mission capability.</summary>
    public required double MissionCapabilityMean { get; init; }
    /// <summary>Lowest weekly mission capability.</summary>
    public required double MissionCapabilityMin { get; init; }
    /// <summary>Weeks below the capability threshold.</summary>
    public required int CapabilityGapWeeks { get; init; }
    /// <summary>Σ max(0, threshold − capability) over weeks.</summary>
    public required double CapabilityGapDepth { get; init; }
    /// <summary>Criticality-weighted unmet task units summed over weeks.</summary>
    public required double MissionShortfall { get; init; }
    /// <summary>Mission shortfall per category, in the scenario's category order.</summary>
    public required IReadOnlyList<double> ShortfallByCategory { get; init; }
    /// <summary>Transition weeks; null when no transition started.</summary>
    public required int? TransitionWeeks { get; init; }
    /// <summary>Whether a started transition completed.</summary>
    public required bool TransitionCompleted { get; init; }
    /// <summary>Total cost.</summary>
    public required double TotalCost { get; init; }
    /// <summary>Where the total cost went.</summary>
    public required CostBreakdown Cost { get; init; }
    /// <summary>Priced shortfall; null unless the scenario prices shortfall.</summary>
    public required double? ShortfallCost { get; init; }
    /// <summary>Refused task units.</summary>
    public required double PolicyConflicts { get; init; }
    /// <summary>Vendor-policy breaches.</summary>
    public required int RedLineBreaches { get; init; }
    /// <summary>Task units served in red-line categories.</summary>
    public required double ProhibitedUseExposure { get; init; }
    /// <summary>Misuses in red-line categories.</summary>
    public required int ProhibitedUseIncidents { get; init; }
    /// <summary>Ethical exposure.</summary>
    public required double EthicalExposure { get; init; }
    /// <summary>HHI of the final allocation.</summary>
    public required double VendorConcentrationHhi { get; init; }
    /// <summary>Incumbent trust at the end.</summary>
    public required double IncumbentTrustFinal { get; init; }
    /// <summary>Mean reputational risk.</summary>
    public required double ReputationalRisk { get; init; }

    /// <summary>Total cost + shortfall cost; null unless the scenario prices shortfall.</summary>
    public double? EconomicCost => ShortfallCost is { } shortfall ? TotalCost + shortfall : null;

    /// <summary>The value of a metric by its name in <see cref="MetricNames"/>; null when not applicable.</summary>
    public double? Value(string name) => name switch
    {
        MetricNames.MissionCapabilityMean => MissionCapabilityMean,
        MetricNames.MissionCapabilityMin => MissionCapabilityMin,
        MetricNames.CapabilityGapWeeks => CapabilityGapWeeks,
        MetricNames.CapabilityGapDepth => CapabilityGapDepth,
        MetricNames.MissionShortfall => MissionShortfall,
        MetricNames.TransitionWeeks => TransitionWeeks,
        MetricNames.TotalCost => TotalCost,
        MetricNames.ShortfallCost => ShortfallCost,
        MetricNames.EconomicCost => EconomicCost,
        MetricNames.PolicyConflicts => PolicyConflicts,
        MetricNames.RedLineBreaches => RedLineBreaches,
        MetricNames.ProhibitedUseExposure => ProhibitedUseExposure,
        MetricNames.ProhibitedUseIncidents => ProhibitedUseIncidents,
        MetricNames.EthicalExposure => EthicalExposure,
        MetricNames.VendorConcentrationHhi => VendorConcentrationHhi,
        MetricNames.IncumbentTrustFinal => IncumbentTrustFinal,
        MetricNames.ReputationalRisk => ReputationalRisk,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a metric"),
    };

    /// <summary>The value of a metric by name, NaN when not applicable (for statistics that skip NaN).</summary>
    public double Get(string name) => Value(name) ?? double.NaN;

    /// <summary>Value equality, the per-category shortfall compared element by element.</summary>
    public bool Equals(RunMetrics? other) =>
        other is not null
        && MetricNames.All.All(n => Nullable.Equals(Value(n), other.Value(n)))
        && TransitionCompleted == other.TransitionCompleted
        && Cost == other.Cost
        && ShortfallByCategory.SequenceEqual(other.ShortfallByCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MissionCapabilityMean, MissionShortfall, TotalCost, TransitionWeeks);
}
