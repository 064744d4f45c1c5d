using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Protocol.V1;
using CoreDesign = ProcurementSim.Core.Experiments.ExperimentDesign;
using WireDesign = ProcurementSim.Protocol.V1.ExperimentDesign;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>
/// RunBatch between the Core and the wire: the design asked for, and each played state of the world as the
/// orchestrator streams it and procsim rebuilds it. Doubles travel as proto doubles, so the metrics come back bit for bit.
/// </summary>
public static class BatchMapping
{
    // The one table of designs: both directions read it.
    private static readonly (CoreDesign Core, WireDesign Wire)[] Designs =
    [
        (CoreDesign.MonteCarlo, WireDesign.MonteCarlo),
        (CoreDesign.LatinHypercube, WireDesign.LatinHypercube),
        (CoreDesign.Factorial, WireDesign.Factorial),
        (CoreDesign.Sobol, WireDesign.Sobol),
    ];

    /// <summary>The design on the wire.</summary>
    public static WireDesign ToProto(CoreDesign design)
    {
        foreach (var (core, wire) in Designs)
        {
            if (core == design) return wire;
        }

        throw new ArgumentOutOfRangeException(nameof(design), design, "not an experiment design");
    }

    /// <summary>
    /// The design the wire names. A number that names no design (a newer client's, or garbage) comes back as that
    /// number, an undefined <see cref="CoreDesign"/>, so that the request's check can refuse it by its number.
    /// </summary>
    public static CoreDesign ToCore(WireDesign design)
    {
        foreach (var (core, wire) in Designs)
        {
            if (wire == design) return core;
        }

        return (CoreDesign)(int)design;
    }

    /// <summary>The state's message; with <paramref name="candidates"/>, each run carries its index among the state's runs (the candidate's).</summary>
    public static BatchStateResult ToProto(StateOutcome state, ExperimentPlan plan, long runsDone, bool withInputNames = false, bool candidates = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(plan);
        var message = new BatchStateResult { State = state.State, RunsDone = runsDone };
        message.Inputs.Add(state.Inputs);
        if (withInputNames)
        {
            message.InputNames.Add(plan.Inputs.Select(i => i.Name));
        }

        for (var i = 0; i < state.Runs.Count; i++)
        {
            var run = state.Runs[i];
            var result = new BatchRunResult { Strategy = plan.Strategies[run.Run.Strategy].Name, Score = run.Score, Metrics = ToProto(run.Metrics), Candidate = candidates ? i : 0 };
            result.Capability.Add(run.Capability);
            message.Runs.Add(result);
        }

        return message;
    }

    /// <summary>The state a message carries, checked against <paramref name="plan"/>; <paramref name="expected"/> is the state due next.</summary>
    /// <exception cref="FormatException">
    /// The state is not the one due, or does not match the plan (the sender plans with another version); the message
    /// says what differs, as a clause ("sent state 3 where state 2 of 10 was due").
    /// </exception>
    public static StateOutcome ToCore(BatchStateResult message, ExperimentPlan plan, int expected)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(plan);
        var strategies = plan.Strategies.Count;
        var inputs = CheckedInputs(message, plan, expected);

        if (message.Runs.Count != strategies)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"sent {message.Runs.Count} runs for state {message.State}, not one per strategy ({strategies})"));
        }

        var runs = new RunOutcome[strategies];
        for (var s = 0; s < strategies; s++)
        {
            var run = message.Runs[s];
            if (run.Strategy != plan.Strategies[s].Name || run.Metrics is null)
            {
                throw new FormatException($"sent run '{run.Strategy}' where strategy '{plan.Strategies[s].Name}' was due in state {message.State}");
            }

            runs[s] = new RunOutcome(plan.RunAt((long)message.State * strategies + s), run.Score, ToCore(run.Metrics), [.. run.Capability]);
        }

        return new StateOutcome(message.State, inputs, runs);
    }

    /// <summary>
    /// The state a message of a batch of candidates carries, checked against <paramref name="batch"/> (one run per
    /// candidate, in candidate order); <paramref name="expected"/> is the state due next.
    /// </summary>
    /// <exception cref="FormatException">As <see cref="ToCore(BatchStateResult, ExperimentPlan, int)"/>.</exception>
    public static StateOutcome ToCore(BatchStateResult message, CandidateBatch batch, int expected)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(batch);
        var plan = batch.Plan;
        var inputs = CheckedInputs(message, plan, expected);
        if (message.Runs.Count != batch.Count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"sent {message.Runs.Count} runs for state {message.State}, not one per candidate ({batch.Count})"));
        }

        var runs = new RunOutcome[batch.Count];
        for (var c = 0; c < runs.Length; c++)
        {
            var run = message.Runs[c];
            if (run.Candidate != c || run.Strategy != batch.Strategy || run.Metrics is null)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"sent candidate {run.Candidate} of '{run.Strategy}' where candidate {c} of '{batch.Strategy}' was due in state {message.State}"));
            }

            runs[c] = new RunOutcome(batch.RunAt(message.State), run.Score, ToCore(run.Metrics), [.. run.Capability]);
        }

        return new StateOutcome(message.State, inputs, runs);
    }

    // The state's inputs as this plan samples them, when the message is the state due and carries them.
    private static double[] CheckedInputs(BatchStateResult message, ExperimentPlan plan, int expected)
    {
        if (message.State != expected || message.State >= plan.States)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"sent state {message.State} where state {expected} of {plan.States} was due"));
        }

        var inputs = plan.InputsOf(message.State / plan.Request.Replications);
        if (!inputs.AsSpan().SequenceEqual(message.Inputs.ToArray()))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"sampled other inputs for state {message.State} than this procsim does"));
        }

        return inputs;
    }

    /// <summary>Every metric of a run (a transition's absence as transition_started false; an unpriced shortfall as no shortfall_cost).</summary>
    public static RunMetricsValues ToProto(RunMetrics m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var values = new RunMetricsValues
        {
            MissionCapabilityMean = m.MissionCapabilityMean,
            MissionCapabilityMin = m.MissionCapabilityMin,
            CapabilityGapWeeks = m.CapabilityGapWeeks,
            CapabilityGapDepth = m.CapabilityGapDepth,
            MissionShortfall = m.MissionShortfall,
            TransitionStarted = m.TransitionWeeks is not null,
            TransitionWeeks = m.TransitionWeeks ?? 0,
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
            ProhibitedUseExposure = m.ProhibitedUseExposure,
            ProhibitedUseIncidents = m.ProhibitedUseIncidents,
            EthicalExposure = m.EthicalExposure,
            VendorConcentrationHhi = m.VendorConcentrationHhi,
            IncumbentTrustFinal = m.IncumbentTrustFinal,
            ReputationalRisk = m.ReputationalRisk,
        };
        values.ShortfallByCategory.Add(m.ShortfallByCategory);
        if (m.ShortfallCost is { } shortfallCost) values.ShortfallCost = shortfallCost;
        return values;
    }

    /// <summary>The metrics, field by field.</summary>
    public static RunMetrics ToCore(RunMetricsValues m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var cost = m.Cost ?? new CostBreakdownValues();
        return new RunMetrics
        {
            MissionCapabilityMean = m.MissionCapabilityMean,
            MissionCapabilityMin = m.MissionCapabilityMin,
            CapabilityGapWeeks = m.CapabilityGapWeeks,
            CapabilityGapDepth = m.CapabilityGapDepth,
            MissionShortfall = m.MissionShortfall,
            ShortfallByCategory = [.. m.ShortfallByCategory],
            TransitionWeeks = m.TransitionStarted ? m.TransitionWeeks : null,
            TransitionCompleted = m.TransitionCompleted,
            TotalCost = m.TotalCost,
            Cost = new CostBreakdown(cost.ContractSpend, cost.SwitchingCost, cost.TerminationFees, cost.ParallelRunSpend),
            ShortfallCost = m.HasShortfallCost ? m.ShortfallCost : null,
            PolicyConflicts = m.PolicyConflicts,
            RedLineBreaches = m.RedLineBreaches,
            ProhibitedUseExposure = m.ProhibitedUseExposure,
            ProhibitedUseIncidents = m.ProhibitedUseIncidents,
            EthicalExposure = m.EthicalExposure,
            VendorConcentrationHhi = m.VendorConcentrationHhi,
            IncumbentTrustFinal = m.IncumbentTrustFinal,
            ReputationalRisk = m.ReputationalRisk,
        };
    }
}
