using Google.Rpc;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>Checks an InitRun and loads its scenario; every problem becomes a field violation of one INVALID_ARGUMENT.</summary>
internal static class InitRunChecks
{
    private const string Refused = "InitRun refused";

    public static InitRunPlan Check(InitRunRequest r)
    {
        var errors = new FieldErrors();
        RequestText.CheckRunId(errors, r.RunId, "run_id");
        RequestText.CheckName(errors, r.ScenarioFile, "scenario_file", RequestText.MaxFileNameLength);
        errors.Require(r.RunIndex >= 0, "run_index", "must be 0 or more");
        errors.Require(r.ActorIds.Count > 0, "actor_ids", "must name at least one actor for this service to host");
        errors.ThrowIfAny(Refused);

        var file = r.ScenarioFile.Length > 0 ? r.ScenarioFile : "scenario.yaml";
        var loaded = LoadedScenarios.Load(r.ScenarioYaml, file);
        if (!loaded.IsValid)
        {
            // The first FieldErrors.MaxViolations diagnostics are listed (the details travel in a trailer); the sentence counts them all.
            var d = loaded.Diagnostics;
            throw RpcErrors.InvalidArgument(
                $"{Refused}: the scenario {file} is invalid ({loaded.ProblemCount} problem(s)); the first: {RpcErrors.Shorten(d[0].ToString(), 1000)}",
                d.Take(FieldErrors.MaxViolations).Select(x => new BadRequest.Types.FieldViolation { Field = "scenario_yaml", Description = RpcErrors.Shorten(x.ToString(), 1000) }));
        }
        var scenario = loaded.Scenario!;
        var strategy = StrategyResolution.Resolve(scenario, r.Strategy).Strategy;
        errors.Require(strategy is not null, "strategy",
            $"'{RpcErrors.Shorten(r.Strategy, 80)}' is not a strategy of scenario '{scenario.Name}' (it has {string.Join(", ", scenario.Strategies.Select(s => s.Name))})");

        var actors = 2 + scenario.Vendors.Count;
        var range = $"1 is the agency, 2..{actors - 1} the scenario's vendors";
        var seen = new HashSet<int>();
        for (var i = 0; i < r.ActorIds.Count; i++)
        {
            var id = r.ActorIds[i];
            errors.Require(id >= 1 && id < actors, $"actor_ids[{i}]", $"{id} is not an actor this service can host ({range})");
            errors.Require(seen.Add(id), $"actor_ids[{i}]", $"{id} is listed twice");
        }
        for (var a = 1; a < actors; a++)
        {
            errors.Require(r.Peers.ContainsKey(a), "peers", $"has no address for actor {a} (every actor of the run needs one: {range})");
        }
        foreach (var (id, address) in r.Peers.OrderBy(p => p.Key))
        {
            errors.Require(id >= 1 && id < actors, $"peers[{id}]", $"{id} is not an actor of the scenario ({range})");
            errors.Require(address.Length <= RequestText.MaxAddressLength && IsHttpAddress(address), $"peers[{id}]",
                $"'{RpcErrors.Shorten(address, 80)}' is not an absolute http:// or https:// address of at most {RequestText.MaxAddressLength} characters");
        }
        for (var i = 0; i < r.Overrides.Count; i++)
        {
            errors.Require(r.Overrides[i].HasValue, $"overrides[{i}].value", "is required");
        }
        var overrides = r.Overrides.Select(o => new Core.Experiments.InputValue(o.Name, o.Value)).ToList();
        var (sampled, played) = strategy is null ? (scenario, null) : ApplyOverrides(scenario, loaded.Experiment, strategy, overrides, errors);
        errors.ThrowIfAny(Refused);

        var inputs = new RunInputs(r.ScenarioYaml, r.ScenarioFile, r.Strategy, r.Seed, r.RunIndex, new Dictionary<int, string>(r.Peers), overrides);
        return new InitRunPlan(sampled, played!, inputs, [.. r.ActorIds]);
    }

    /// <summary>
    /// The scenario and strategy the run plays: the run's sampled inputs applied to the scenario as written (its
    /// uncertainties) and to the strategy (its levers), as the orchestrator applies them. A name that is not an
    /// uncertainty of the scenario nor a lever of the run's strategy, a name given twice or a value that is not a
    /// finite number is a field violation (and the inputs are returned as they were).
    /// </summary>
    internal static (Scenario Scenario, StrategySpec Strategy) ApplyOverrides(
        Scenario scenario, ExperimentSpec experiment, StrategySpec strategy, IReadOnlyList<Core.Experiments.InputValue> overrides, FieldErrors errors)
    {
        var before = errors.Count;
        CheckOverrides(errors, scenario, experiment, strategy, overrides);
        if (errors.Count > before || overrides.Count == 0) return (scenario, strategy);
        try
        {
            var sampled = RunOverrides.ApplyUncertainties(scenario, experiment, overrides);
            return (sampled, RunOverrides.ApplyLevers(experiment, strategy, overrides));
        }
        catch (ArgumentException e)
        {
            errors.Add("overrides", e.Message);
            return (scenario, strategy);
        }
    }

    // Each name is an uncertainty of the scenario or a lever of the run's strategy, once, with a finite value.
    private static void CheckOverrides(FieldErrors errors, Scenario scenario, ExperimentSpec experiment, StrategySpec strategy, IReadOnlyList<Core.Experiments.InputValue> overrides)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < overrides.Count; i++)
        {
            var (name, value) = (overrides[i].Name, overrides[i].Value);
            var shown = RpcErrors.Shorten(name, 80);
            var field = $"overrides[{i}]";
            var lever = experiment.FindLever(name);
            if (experiment.FindUncertainty(name) is not null)
            {
                // An uncertainty applies to every strategy.
            }
            else if (lever is null)
            {
                var known = experiment.Uncertainties.Select(u => u.Name).Concat(experiment.Levers.Select(l => l.Name)).ToList();
                errors.Add($"{field}.name", $"'{shown}' is neither an uncertainty nor a lever of scenario '{scenario.Name}' " +
                    (known.Count == 0 ? "(it has none)" : $"(it has {string.Join(", ", known)})"));
            }
            else if (lever.Strategy != strategy.Name)
            {
                errors.Add($"{field}.name", $"'{shown}' is a lever of strategy '{lever.Strategy}', not of '{strategy.Name}', which this run plays");
            }

            errors.Require(names.Add(name), $"{field}.name", $"'{shown}' is given twice");
            errors.Require(double.IsFinite(value), $"{field}.value", $"{value} is not a finite number");
        }
    }

    private static bool IsHttpAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
