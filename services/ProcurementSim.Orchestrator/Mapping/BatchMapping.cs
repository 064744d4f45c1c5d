using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Mapping;

/// <summary>A played state of the world as RunBatch streams it: doubles as proto doubles, so the client rebuilds the metrics bit for bit.</summary>
public static class BatchMapping
{
    /// <summary>The state's message.</summary>
    public static BatchStateResult ToProto(StateOutcome state, ExperimentPlan plan, long runsDone)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(plan);
        var message = new BatchStateResult { State = state.State, RunsDone = runsDone };
        message.Inputs.Add(state.Inputs);
        foreach (var run in state.Runs)
        {
            var result = new BatchRunResult { Strategy = plan.Strategies[run.Run.Strategy].Name, Score = run.Score, Metrics = ToProto(run.Metrics) };
            result.Capability.Add(run.Capability);
            message.Runs.Add(result);
        }

        return message;
    }

    /// <summary>Every metric of a run.</summary>
    public static RunMetricsValues ToProto(RunMetrics m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new RunMetricsValues
        {
            MissionCapabilityMean = m.MissionCapabilityMean,
            MissionCapabilityMin = m.MissionCapabilityMin,
            CapabilityGapWeeks = m.CapabilityGapWeeks,
            TransitionWeeks = m.TransitionWeeks,
            TransitionCompleted = m.TransitionCompleted,
            TotalCost = m.TotalCost,
            Cost = new CostBreakdownValues
            {
                ContractSpend = m.Cost.ContractSpend,
                SwitchingCost = m.Cost.SwitchingCost,
                TerminationFees = m.Cost.TerminationFees,
                ParallelRunSpend = m.Cost.ParallelRunSpend,
            },
            PolicyConflicts = m.PolicyConflicts,
            RedLineBreaches = m.RedLineBreaches,
            EthicalExposure = m.EthicalExposure,
            VendorConcentrationHhi = m.VendorConcentrationHhi,
            IncumbentTrustFinal = m.IncumbentTrustFinal,
            ReputationalRisk = m.ReputationalRisk,
        };
    }
}
