using System.Globalization;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Reporting.Page;

namespace ProcurementSim.Reporting.Text;

/// <summary>Numbers and metric names as people read them (invariant culture, so every report reads the same).</summary>
internal static class Display
{
    /// <summary>Thousands separated, at most three decimals; tiny non-zero values in scientific form.</summary>
    public static string Number(double value) =>
        value != 0 && Math.Abs(value) < 0.001
            ? value.ToString("G3", CultureInfo.InvariantCulture)
            : value.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>What the reports show for a metric that does not apply to a run (no transition, no priced shortfall).</summary>
    public const string NotApplicable = "—";

    /// <summary>Like <see cref="Number(double)"/>, "—" when not applicable.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : NotApplicable;

    /// <summary>One decimal, for the score and its points.</summary>
    public static string Points(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A weight in [0, 1] as a percentage.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>An integer, invariant.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a metric of <see cref="MetricNames"/> measures, in a few words.</summary>
    public static string Meaning(string metric) => metric switch
    {
        MetricNames.MissionCapabilityMean => "mean weekly share of demand served (criticality-weighted)",
        MetricNames.MissionCapabilityMin => "lowest weekly mission capability",
        MetricNames.CapabilityGapWeeks => "weeks below the capability threshold",
        MetricNames.CapabilityGapDepth => "capability-weeks below the threshold (depth × duration)",
        MetricNames.MissionShortfall => "criticality-weighted unmet task units, summed over weeks",
        MetricNames.TransitionWeeks => "weeks from the transition's start until the replacements carry their work (— without a transition)",
        MetricNames.TotalCost => "contract spend + switching + termination + parallel run",
        MetricNames.ShortfallCost => "unmet task units × the scenario's value per unmet unit",
        MetricNames.EconomicCost => "total cost + shortfall cost",
        MetricNames.PolicyConflicts => "task units refused because of a vendor policy",
        MetricNames.RedLineBreaches => "misuses in a category the serving vendor prohibits (vendor-policy breaches)",
        MetricNames.ProhibitedUseExposure => "task units served in the situation's red-line categories, by any vendor",
        MetricNames.ProhibitedUseIncidents => "misuses in a red-line category, whoever permits them",
        MetricNames.EthicalExposure => "served volume weighted by ethical risk",
        MetricNames.VendorConcentrationHhi => "Herfindahl–Hirschman index of the final allocation (0–10,000)",
        MetricNames.IncumbentTrustFinal => "incumbent's trust toward the agency at the end",
        MetricNames.ReputationalRisk => "mean weekly reputational-risk index",
        _ => string.Empty,
    };
}
