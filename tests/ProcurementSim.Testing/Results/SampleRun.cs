using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scoring;

namespace ProcurementSim.Testing.Results;

/// <summary>
/// A small run built by hand (2 categories, 2 vendors, 3 ticks, 2 key events and one ordinary event), so that the
/// writers can be tested without the engine. Some numbers are chosen because they are awkward to print:
/// 0.1 + 0.2, 1/3, 1e-7 and a seed above long.MaxValue.
/// </summary>
public static class SampleRun
{
    public const string TerminationDetail = "Agency terminates the incumbent, citing \"supply-chain risk\", with 30 days' notice";
    public const string GapDetail = "Logistics capability falls below the threshold";

    public static RunResult Build() => new(
        Scenario: "Sample transition",
        Strategy: "phased",
        Seed: 18_446_744_073_709_551_557UL,
        Score: 61.25,
        Breakdown:
        [
            new ScoreComponent(MetricNames.MissionCapabilityMean, 0.6416666666666667, 0.5, 1, 0.5, 25),
            new ScoreComponent(MetricNames.TotalCost, 350.5000001, 0.725, 1, 0.3, 21.75),
            new ScoreComponent(MetricNames.RedLineBreaches, 1, 0.725, 1, 0.2, 14.5),
            new ScoreComponent(MetricNames.ShortfallCost, null, null, 1, 0, 0),
        ],
        Metrics: new RunMetrics
        {
            MissionCapabilityMean = 0.6416666666666667,
            MissionCapabilityMin = 0.1 + 0.2,
            CapabilityGapWeeks = 2,
            CapabilityGapDepth = 0.4 + 0.05,
            MissionShortfall = 7.5,
            ShortfallByCategory = [5.25, 2.25],
            TransitionWeeks = 2,
            TransitionCompleted = true,
            TotalCost = 350.5000001,
            Cost = new CostBreakdown(ContractSpend: 300.5000001, SwitchingCost: 25, TerminationFees: 20, ParallelRunSpend: 5),
            ShortfallCost = null,
            PolicyConflicts = 1.5,
            RedLineBreaches = 1,
            ProhibitedUseExposure = 4.5,
            ProhibitedUseIncidents = 2,
            EthicalExposure = 2.75,
            VendorConcentrationHhi = 10_000,
            IncumbentTrustFinal = 0.25,
            ReputationalRisk = 1.0 / 3.0,
        },
        Categories: ["intelligence", "logistics"],
        Vendors: ["incumbent", "challenger"],
        Timeline:
        [
            new TickRecord(0, 0.9, [0.95, 0.8], [1, 0], [10, 5], 100, 100, 0, 0, 0.8, 0.1),
            new TickRecord(1, 0.725, [0.7, 0.75], [0.6, 0.4], [7, 4.5], 250.5, 350.5, 1.5, 1, 0.55, 0.35)
            {
                GapDepth = 0.025, Shortfall = 3.5, ProhibitedUse = 1.5, ProhibitedUseIncidents = 1,
            },
            new TickRecord(2, 0.1 + 0.2, [1.0 / 3.0, 0.25], [0, 1], [3.3333333333333335, 2], 1e-7, 350.5000001, 0, 0, 0.25, 0.55),
        ],
        Events:
        [
            new SimEvent(1, "contract_terminated", "agency", "incumbent", TerminationDetail, Key: true),
            new SimEvent(1, "task_routed", "agency", "challenger", "Routine routing of 40% of tasks to the challenger", Key: false),
            new SimEvent(2, "capability_gap", "orchestrator", "logistics", GapDetail, Key: true),
        ]);
}
