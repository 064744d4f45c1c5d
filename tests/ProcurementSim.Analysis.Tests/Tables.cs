using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.Tests;

/// <summary>Hand-built outcome tables for the tests.</summary>
internal static class Tables
{
    /// <summary>Metrics where only capability, cost and breaches matter; everything else fixed.</summary>
    public static RunMetrics Metrics(double capability = 0.5, double cost = 0, int breaches = 0) =>
        new()
        {
            MissionCapabilityMean = capability, MissionCapabilityMin = capability, CapabilityGapWeeks = 0, CapabilityGapDepth = 0,
            MissionShortfall = 0, ShortfallByCategory = [], TransitionWeeks = null, TransitionCompleted = false, TotalCost = cost,
            Cost = new CostBreakdown(cost, 0, 0, 0), ShortfallCost = null, PolicyConflicts = 0, RedLineBreaches = breaches,
            ProhibitedUseExposure = 0, ProhibitedUseIncidents = 0, EthicalExposure = 0, VendorConcentrationHhi = 10_000,
            IncumbentTrustFinal = 0.5, ReputationalRisk = 0,
        };

    public static InputColumn Uncertainty(string name, bool discrete = false) =>
        new(name, "uncertainty", $"scenario.{name}", null, "uniform(0, 1)", 0, 1, discrete);

    public static InputColumn Lever(string name, string strategy) =>
        new(name, "lever", name, strategy, "uniform(0, 1)", 0, 1, false);

    public static ExperimentHeader Header(OutcomeTable table, string command = "compare") =>
        new(command, "test", "mc", table.States, 1, 7, table.Strategies, table.Inputs, ["score >= 0"], null, true);

    public static AnalysisOptions Options(string satisficing = "score >= 0", string? fail = null, bool discovery = false) =>
        new([Condition.Parse(satisficing)], fail is null ? null : Condition.Parse(fail), discovery);

    /// <summary>
    /// A table with no inputs: <paramref name="scores"/>[strategy][state] and, when given, each run's total cost.
    /// </summary>
    public static OutcomeTable Scores(string[] strategies, double[][] scores, double[][]? costs = null)
    {
        var table = new OutcomeTable(strategies, [], keepCapability: false);
        for (var s = 0; s < scores[0].Length; s++)
        {
            for (var k = 0; k < strategies.Length; k++)
            {
                table.Add(k, [], scores[k][s], Metrics(cost: costs?[k][s] ?? 0), null);
            }
        }

        return table;
    }

    /// <summary>The points of an n × n grid on the unit square, cell centres: ((i + ½)/n, (j + ½)/n).</summary>
    public static (double X1, double X2)[] Grid(int n) =>
        [.. from i in Enumerable.Range(0, n) from j in Enumerable.Range(0, n) select ((i + 0.5) / n, (j + 0.5) / n)];
}
