using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Engine;

/// <summary>
/// The two outcomes docs/MODEL.md ("Worked examples") derives by hand for scenarios/teaching-minimal.yaml.
/// Every expected number below is that derivation's, not a copy of program output.
/// </summary>
public class TeachingScenarioTests
{
    private const int Precision = 9;

    private static RunResult Play(string strategy)
    {
        var s = ReferenceScenarios.Load("teaching-minimal.yaml");
        return Simulator.Run(s, s.FindStrategy(strategy)!, s.Seed);
    }

    [Fact]
    public void Status_quo_serves_three_quarters_of_demand_at_the_incumbents_quality()
    {
        var r = Play("status_quo");
        var m = r.Metrics;

        // 100 units of conditional work need 100 / 0.75 = 133.3 capacity; capacity 100 serves 75; × quality 0.9 = 0.675.
        Assert.All(r.Timeline, t => Assert.Equal(0.675, t.MissionCapability, Precision));
        Assert.Equal(0.675, m.MissionCapabilityMean, Precision);
        Assert.Equal(0.675, m.MissionCapabilityMin, Precision);
        Assert.Equal(12, m.CapabilityGapWeeks); // 0.675 < threshold 0.7 every week
        Assert.Equal(12 * (0.7 - 0.675), m.CapabilityGapDepth, Precision); // 0.025 below the threshold for 12 weeks
        Assert.Equal(12 * (100 - 67.5), m.MissionShortfall, Precision); // 32.5 unmet effective units a week, criticality 1
        Assert.Null(m.TransitionWeeks); // no transition: not applicable
        Assert.False(m.TransitionCompleted);
        Assert.Equal(12 * 75 * 10, m.TotalCost, Precision); // 75 units × price 10 × 12 weeks
        Assert.Equal(12 * 75 * 0.5, m.EthicalExposure, Precision);
        Assert.Equal(10_000, m.VendorConcentrationHhi, Precision);
        Assert.Equal(0.8, m.IncumbentTrustFinal, Precision);
        Assert.Equal(0, m.ReputationalRisk);
        // Score: weights 2:1:1; delivered share d = 1 − 390/1200 = 0.675; cost counts per delivered share, times d:
        // 50·0.675 + 25·0.675·(1 − (9000/20000)/0.675) + 25·(1 − 12/12) = 33.75 + 25·(0.675 − 0.45) + 0 = 39.375.
        Assert.Equal(39.375, r.Score, Precision);
    }

    [Fact]
    public void Structured_replacement_follows_the_hand_worked_timeline()
    {
        var r = Play("structured_replacement");

        Assert.Equal(
            [(1, "transition_decided"), (1, "solicitation_issued"), (3, "contract_awarded"), (5, "accreditation_granted"),
             (8, "termination_notice"), (8, "transition_completed"), (8, "partnership_reduced"), (10, "contract_terminated")],
            r.Events.Where(e => e.Key).Select(e => (e.Tick, e.Kind)));
        Assert.All(r.Timeline.Take(9), t => Assert.Equal(0.675, t.MissionCapability, Precision));
        Assert.All(r.Timeline.Skip(9), t => Assert.Equal(0.8, t.MissionCapability, Precision)); // 100 units × quality 0.8
        Assert.All(r.Timeline.Skip(9), t => Assert.Equal(1.0, t.AllocationByVendor[1], Precision));
    }

    [Fact]
    public void Structured_replacement_metrics_and_score_match_the_hand_calculation()
    {
        var m = Play("structured_replacement").Metrics;

        Assert.Equal(((9 * 0.675) + (3 * 0.8)) / 12, m.MissionCapabilityMean, Precision); // 0.70625
        Assert.Equal(0.675, m.MissionCapabilityMin, Precision);
        Assert.Equal(9, m.CapabilityGapWeeks);
        Assert.Equal(9 * (0.7 - 0.675), m.CapabilityGapDepth, Precision);
        Assert.Equal((9 * 32.5) + (3 * 20), m.MissionShortfall, Precision); // 100 − 80 unmet once the replacement serves
        Assert.Equal(7, m.TransitionWeeks); // started by the solicitation in week 1; accredited, fully ready and carrying all in week 8
        Assert.True(m.TransitionCompleted);
        Assert.Equal((9 * 750) + (3 * 1200), m.Cost.ContractSpend, Precision); // incumbent weeks 0–8, replacement weeks 9–11
        Assert.Equal(1000, m.Cost.SwitchingCost, Precision);
        Assert.Equal(500, m.Cost.TerminationFees, Precision);
        Assert.Equal(2 * 50 * 12, m.Cost.ParallelRunSpend, Precision); // shadow 50 units × 12 in weeks 7 and 8
        Assert.Equal(13_050, m.TotalCost, Precision);
        Assert.Equal(((9 * 75) + (3 * 100)) * 0.5, m.EthicalExposure, Precision);
        Assert.Equal(0.8 - 0.10 - 0.05 - 0.20, m.IncumbentTrustFinal, Precision); // solicitation, cut, notice
        Assert.Equal(10_000, m.VendorConcentrationHhi, Precision);
    }

    [Fact]
    public void Structured_replacement_outscores_the_status_quo_by_the_hand_worked_margin()
    {
        // d = 1 − 352.5/1200 = 0.70625: 50·0.70625 + 25·(0.70625 − 13050/20000) + 25·(1 − 9/12) = 35.3125 + 1.34375 + 6.25
        Assert.Equal(42.90625, Play("structured_replacement").Score, Precision);
        Assert.Equal(42.90625 - 39.375, Play("structured_replacement").Score - Play("status_quo").Score, Precision);
    }
}
