using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Cli.Experiments;

/// <summary>A state the orchestrator streamed, checked against this plan and rebuilt as the Core's <see cref="StateOutcome"/>.</summary>
internal static class ExperimentMapping
{
    /// <summary>The state; <paramref name="expected"/> is the state that must come next.</summary>
    /// <exception cref="CommandFailedException">The state is not the one expected, or does not match the plan.</exception>
    public static StateOutcome ToState(BatchStateResult message, ExperimentPlan plan, int expected, string url)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(plan);
        var strategies = plan.Strategies.Count;
        if (message.State != expected || message.State >= plan.States)
        {
            throw Mismatch(url, string.Create(CultureInfo.InvariantCulture, $"sent state {message.State} where state {expected} of {plan.States} was due"));
        }

        var inputs = plan.InputsOf(message.State / plan.Request.Replications);
        if (!inputs.AsSpan().SequenceEqual(message.Inputs.ToArray()))
        {
            throw Mismatch(url, string.Create(CultureInfo.InvariantCulture, $"sampled other inputs for state {message.State} than this procsim does"));
        }

        if (message.Runs.Count != strategies)
        {
            throw Mismatch(url, string.Create(CultureInfo.InvariantCulture, $"sent {message.Runs.Count} runs for state {message.State}, not one per strategy ({strategies})"));
        }

        var runs = new RunOutcome[strategies];
        for (var s = 0; s < strategies; s++)
        {
            var run = message.Runs[s];
            if (run.Strategy != plan.Strategies[s].Name || run.Metrics is null)
            {
                throw Mismatch(url, $"sent run '{run.Strategy}' where strategy '{plan.Strategies[s].Name}' was due in state {message.State}");
            }

            runs[s] = new RunOutcome(plan.RunAt((long)message.State * strategies + s), run.Score, ToCore(run.Metrics), [.. run.Capability]);
        }

        return new StateOutcome(message.State, inputs, runs);
    }

    /// <summary>The metrics, field by field.</summary>
    public static RunMetrics ToCore(RunMetricsValues m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var cost = m.Cost ?? new CostBreakdownValues();
        return new RunMetrics(
            m.MissionCapabilityMean,
            m.MissionCapabilityMin,
            m.CapabilityGapWeeks,
            m.TransitionWeeks,
            m.TransitionCompleted,
            m.TotalCost,
            new CostBreakdown(cost.ContractSpend, cost.SwitchingCost, cost.TerminationFees, cost.ParallelRunSpend),
            m.PolicyConflicts,
            m.RedLineBreaches,
            m.EthicalExposure,
            m.VendorConcentrationHhi,
            m.IncumbentTrustFinal,
            m.ReputationalRisk);
    }

    private static CommandFailedException Mismatch(string url, string what) => new(
        $"{CliApp.Name}: the orchestrator at {url} {what}: it runs another version of procsim; use the same version on both sides.", ExitCodes.InternalError);
}
