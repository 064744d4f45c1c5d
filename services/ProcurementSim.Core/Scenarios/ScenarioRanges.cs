using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Scenarios;

/// <summary>
/// The allowed range of every numeric scenario field. The section readers enforce them and the scenario-parameter
/// registry (<see cref="Experiments.ScenarioParameters"/>) checks sampled values against the same ones, so the two
/// cannot drift.
/// </summary>
internal static class ScenarioRanges
{
    /// <summary>Most weekly ticks of a run.</summary>
    public const int MaxTicks = 10_000;

    /// <summary>Largest duration in weeks (notice, accreditation, ramp-up, inject weeks); the same bound as strategy weeks.</summary>
    public const int MaxWeeks = 100_000;

    public static readonly NumberRange Ticks = new(1, MaxTicks);
    public static readonly NumberRange CapabilityThreshold = NumberRange.Unit;
    public static readonly NumberRange ReviewOverhead = new(0, 1, MaxExclusive: true);

    public static readonly NumberRange Demand = NumberRange.NonNegative;
    public static readonly NumberRange Criticality = NumberRange.NonNegative;
    public static readonly NumberRange EthicalRisk = NumberRange.Unit;
    /// <summary>Money per unmet task unit of a category.</summary>
    public static readonly NumberRange ShortfallValue = NumberRange.NonNegative;

    public static readonly NumberRange WeeklyBudget = NumberRange.Positive;
    public static readonly NumberRange Share = NumberRange.Unit;
    public static readonly NumberRange NoticeWeeks = new(0, MaxWeeks);
    public static readonly NumberRange TerminationFee = NumberRange.NonNegative;

    public static readonly NumberRange Quality = NumberRange.Unit;
    public static readonly NumberRange Capacity = NumberRange.Positive;
    public static readonly NumberRange Price = NumberRange.NonNegative;
    public static readonly NumberRange Trust = NumberRange.Unit;
    public static readonly NumberRange ReputationSensitivity = NumberRange.Unit;
    public static readonly NumberRange ConcessionProbability = NumberRange.Unit;
    public static readonly NumberRange PartialAcceptance = NumberRange.Unit;

    /// <summary>Durations in weeks: accreditation, ramp-up, an inject's weeks.</summary>
    public static readonly NumberRange Weeks = new(1, MaxWeeks);
    public static readonly NumberRange AccreditationFailureProbability = NumberRange.Unit;
    public static readonly NumberRange SwitchingCost = NumberRange.NonNegative;
    public static readonly NumberRange BidProbability = NumberRange.Unit;
    public static readonly NumberRange BidMarkup = NumberRange.AtLeast(-0.9);

    public static readonly NumberRange MisuseProbability = NumberRange.Unit;

    /// <summary>A random inject's weekly chance: above 0 (an inject that can never fire is a mistake), at most 1.</summary>
    public static readonly NumberRange InjectProbability = new(0, 1, MinExclusive: true);

    /// <summary>A scheduled inject's week: within the run.</summary>
    public static NumberRange InjectAt(int ticks) => new(0, ticks - 1);

    /// <summary>An inject's magnitude: from 0 to the kind's maximum.</summary>
    public static NumberRange InjectMagnitude(double magnitudeMax) => new(0, magnitudeMax);
}
