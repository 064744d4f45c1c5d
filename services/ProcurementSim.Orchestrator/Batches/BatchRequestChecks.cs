using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>
/// Checks a RunBatch request and builds its plan with the Core (the same plan procsim builds in process). Every
/// problem is a field's problem of one refusal; an invalid scenario gets its diagnostics, as StartRun.
/// </summary>
public static class BatchRequestChecks
{
    /// <summary>The most samples a request may ask for (procsim's own limit).</summary>
    public const int MaxSamples = 10_000_000;

    /// <summary>The most replications.</summary>
    public const int MaxReplications = 10_000;

    /// <summary>The most runs in flight.</summary>
    public const int MaxInFlight = 1024;

    /// <summary>The most candidates a request may carry (procsim optimize's largest population).</summary>
    public const int MaxCandidates = 10_000;

    /// <summary>The largest state message a client is sure to accept: gRPC's default receive limit.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The plan of the request, or why it cannot be played.</summary>
    public static BatchCheck Check(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = request.ScenarioFile;
        var loaded = ScenarioLoader.LoadText(request.ScenarioYaml, file);
        if (!loaded.IsValid || loaded.Scenario is not { } scenario)
        {
            return new BatchCheck { ScenarioInvalid = true, ScenarioDiagnostics = loaded.Diagnostics, ScenarioProblemCount = loaded.ProblemCount };
        }

        var problems = new List<(string Field, string Description)>();
        void Require(bool ok, string field, string description)
        {
            if (!ok) problems.Add((field, description));
        }

        Require(Enum.IsDefined(request.Design), "design", string.Create(CultureInfo.InvariantCulture,
            $"{(int)request.Design} is not a design; expected monte carlo (0), latin hypercube (1), factorial (2) or sobol (3)"));
        Require(request.Samples is >= 1 and <= MaxSamples, "samples", Range(request.Samples, 1, MaxSamples));
        Require(request.Replications is >= 1 and <= MaxReplications, "replications", Range(request.Replications, 1, MaxReplications));
        Require(request.MaxInFlight is >= 1 and <= MaxInFlight, "max_in_flight", Range(request.MaxInFlight, 1, MaxInFlight));
        Require(request.FirstState >= 0, "first_state", string.Create(CultureInfo.InvariantCulture, $"{request.FirstState} is negative; expected 0 or more"));

        var known = string.Join(", ", scenario.Strategies.Select(s => s.Name));
        Require(scenario.Strategies.Count > 0, "strategies", "the scenario defines no strategy to play");
        var names = request.Strategies.Count > 0 ? [.. request.Strategies] : scenario.Strategies.Select(s => s.Name).ToList();
        for (var i = 0; i < request.Strategies.Count; i++)
        {
            var name = request.Strategies[i];
            Require(scenario.FindStrategy(name) is not null, $"strategies[{i}]", $"no strategy named '{name}'; the scenario's strategies are {known}");
            Require(!request.Strategies.Take(i).Contains(name), $"strategies[{i}]", $"'{name}' is listed twice");
        }

        var candidates = request.Candidates.Count > 0;
        if (candidates)
        {
            Require(request.Strategies.Count == 1, "strategies", string.Create(CultureInfo.InvariantCulture,
                $"candidates set the levers of one strategy, and {request.Strategies.Count} are named; name exactly one"));
            Require(!request.IncludeLevers, "include_levers", "candidates set the levers themselves; leave include_levers false");
            Require(request.Candidates.Count <= MaxCandidates, "candidates", string.Create(CultureInfo.InvariantCulture,
                $"{request.Candidates.Count:N0} candidates are more than the {MaxCandidates:N0} a batch may play; send them in several batches"));
        }
        else
        {
            Require(request.LeverNames.Count == 0, "lever_names", "lever names are given without candidates; send the candidates too, or no lever names");
        }

        if (problems.Count > 0)
        {
            return Refuse(file, problems);
        }

        var experiment = new ExperimentRequest(request.Design, request.Samples, request.Replications,
            request.Seed ?? scenario.Seed, names, request.IncludeLevers, request.RecordCapability);
        if (!ExperimentPlan.TryCreate(scenario, loaded.Experiment, experiment, out var plan, out var why))
        {
            return Refuse(file, [("samples", why)]);
        }

        CandidateBatch? batch = null;
        if (candidates && !CandidateBatch.TryCreate(plan!, request.Strategies[0], request.LeverNames, request.Candidates, out batch, out var field, out var problem))
        {
            return Refuse(file, [(field, problem)]);
        }

        Require(request.FirstState < plan!.States, "first_state", string.Create(CultureInfo.InvariantCulture,
            $"{request.FirstState} is past the plan's last state; the plan has {plan.States} states (0 to {plan.States - 1})"));
        var (runs, fewer) = batch is null ? ($"{plan.Strategies.Count} strategies", "play fewer strategies") : ($"{batch.Count} candidates", "send fewer candidates at once");
        var bytes = StateMessageBytes(plan, batch);
        Require(bytes <= MaxMessageBytes, batch is null ? "record_capability" : "candidates", string.Create(CultureInfo.InvariantCulture,
            $"a state's result would take about {bytes:N0} bytes ({runs} × {scenario.Ticks} weeks of capability), more than a gRPC message may ({MaxMessageBytes:N0}); {fewer} or do without the capability series"));
        return problems.Count > 0
            ? Refuse(file, problems)
            : new BatchCheck { Plan = new BatchPlan(plan, request.ScenarioYaml, file, request.MaxInFlight, request.FirstState, batch) };
    }

    /// <summary>An upper bound of the size of one BatchStateResult of <paramref name="plan"/> (with <paramref name="candidates"/>, one run per candidate).</summary>
    public static long StateMessageBytes(ExperimentPlan plan, CandidateBatch? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var capability = plan.Request.RecordCapability ? 8L * plan.Scenario.Ticks + 8 : 0;
        // A run: its strategy's name, the score and 16 metrics of at most 11 bytes each, the candidate's index, framing.
        long Run(string strategy) => 16 + strategy.Length + 9 + (18 * 11) + 6 + capability;
        return 32 + 9L * plan.Inputs.Count + (candidates is { } c ? c.Count * Run(c.Strategy) : plan.Strategies.Sum(s => Run(s.Name)));
    }

    private static BatchCheck Refuse(string file, IReadOnlyList<(string Field, string Description)> problems)
    {
        var first = problems[0];
        var more = problems.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {problems.Count - 1} more)") : "";
        return new BatchCheck { Refusal = $"{file}: the batch cannot be played: {first.Field}: {first.Description}{more}.", Problems = problems };
    }

    private static string Range(int value, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} is out of range; expected a whole number from {min:N0} to {max:N0}");
}
