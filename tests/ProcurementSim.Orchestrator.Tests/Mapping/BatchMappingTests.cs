using Google.Protobuf;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Mapping;

/// <summary>What RunBatch sends of a state and procsim rebuilds: every metric field, bit for bit, through the wire format.</summary>
public sealed class BatchMappingTests
{
    [Fact]
    public void Every_metric_the_cost_breakdown_and_the_capability_series_survive_the_wire_exactly()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        var request = new ExperimentRequest(Core.Experiments.ExperimentDesign.MonteCarlo, 1, 1, 1, ["structured_replacement"], IncludeLevers: false, RecordCapability: true);
        Assert.True(ExperimentPlan.TryCreate(scenario, ExperimentSpec.None, request, out var plan, out _));
        // Values no computation would round to: each field distinct, with the last bit set where it can be.
        var metrics = new RunMetrics
        {
            MissionCapabilityMean = 0.1 + 0.2, MissionCapabilityMin = BitConverter.Int64BitsToDouble(0x3FE5555555555555), CapabilityGapWeeks = 7,
            CapabilityGapDepth = 0.7000000000000001, MissionShortfall = 1234.5678901234567, ShortfallByCategory = [1e-9, 1234.5678901234567 - 1e-9],
            TransitionWeeks = 11, TransitionCompleted = true, TotalCost = 123456.789, Cost = new CostBreakdown(1e-300, 2.5, double.Epsilon, 98765.4321),
            ShortfallCost = 5.000000000000001, PolicyConflicts = 0.30000000000000004, RedLineBreaches = 3, ProhibitedUseExposure = 41.00000000000001,
            ProhibitedUseIncidents = 2, EthicalExposure = 1.0 / 3, VendorConcentrationHhi = 2500.0000000000005, IncumbentTrustFinal = -0.0,
            ReputationalRisk = 0.6999999999999999,
        };
        var run = new RunOutcome(plan!.RunAt(0), 64.81234567890123, metrics, [0.5, 1.0 / 7, 0.9999999999999999]);
        var state = new StateOutcome(0, [], [run]);

        var message = BatchStateResult.Parser.ParseFrom(BatchMapping.ToProto(state, plan, 1).ToByteArray());

        Assert.Equal(0, message.State);
        Assert.Equal(1L, message.RunsDone);
        var wire = Assert.Single(message.Runs);
        Assert.Equal("structured_replacement", wire.Strategy);
        Assert.Equal(BitConverter.DoubleToInt64Bits(64.81234567890123), BitConverter.DoubleToInt64Bits(wire.Score));
        var m = wire.Metrics;
        Assert.True(m.TransitionStarted);
        Assert.True(m.HasShortfallCost);
        var back = Assert.Single(BatchMapping.ToCore(message, plan, expected: 0).Runs).Metrics;
        // Record equality compares doubles with Equals, where -0.0 equals 0.0: the sign is checked on its own (proto3 would drop a plain -0.0).
        Assert.Equal(metrics, back);
        Assert.True(double.IsNegative(m.IncumbentTrustFinal));
        Assert.Equal(double.Epsilon, m.Cost.TerminationFees);
        Assert.Equal(run.Capability.Select(BitConverter.DoubleToInt64Bits), wire.Capability.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void A_state_of_candidates_travels_with_each_runs_candidate_index_and_one_out_of_order_is_refused()
    {
        var request = new ExperimentRequest(Core.Experiments.ExperimentDesign.LatinHypercube, 2, 1, 3, ["structured_replacement"], IncludeLevers: false, RecordCapability: false);
        Assert.True(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, ReferenceScenarios.StandoffExperiment, request, out var plan, out var why), why);
        Assert.True(CandidateBatch.TryCreate(plan!, "structured_replacement", ["structured_replacement.solicit_week"], [[5], [6], [7]], out var batch, out var field, out why), $"{field}: {why}");
        var inputs = plan!.InputsOf(1);
        var state = new StateOutcome(1, inputs, [.. Enumerable.Range(0, 3).Select(c => batch!.Prepare(1, c, inputs, plan.ScenarioOf(inputs)).Play())]);

        var message = BatchStateResult.Parser.ParseFrom(BatchMapping.ToProto(state, plan, 6, candidates: true).ToByteArray());

        Assert.Equal([0, 1, 2], message.Runs.Select(r => r.Candidate));
        var back = BatchMapping.ToCore(message, batch!, expected: 1);
        Assert.Equal(state.Runs.Select(r => BitConverter.DoubleToInt64Bits(r.Score)), back.Runs.Select(r => BitConverter.DoubleToInt64Bits(r.Score)));
        Assert.Equal(state.Runs.Select(r => r.Metrics), back.Runs.Select(r => r.Metrics));
        // Two candidates swapped, or one missing: another version of procsim sent it.
        (message.Runs[0].Candidate, message.Runs[1].Candidate) = (1, 0);
        Assert.Contains("sent candidate 1 of 'structured_replacement' where candidate 0", Assert.Throws<FormatException>(() => BatchMapping.ToCore(message, batch!, 1)).Message, StringComparison.Ordinal);
        message.Runs.RemoveAt(2);
        Assert.Contains("not one per candidate (3)", Assert.Throws<FormatException>(() => BatchMapping.ToCore(message, batch!, 1)).Message, StringComparison.Ordinal);
        // Without candidates, no index travels (proto3 leaves the 0 out).
        Assert.All(BatchMapping.ToProto(state, plan, 6).Runs, r => Assert.Equal(0, r.Candidate));
    }

    [Fact]
    public void Every_design_maps_to_the_wire_and_back_and_an_unknown_number_keeps_its_number()
    {
        Assert.All(Enum.GetValues<Core.Experiments.ExperimentDesign>(), d => Assert.Equal(d, BatchMapping.ToCore(BatchMapping.ToProto(d))));
        Assert.Equal(7, (int)BatchMapping.ToCore((Protocol.V1.ExperimentDesign)7));
    }
}
