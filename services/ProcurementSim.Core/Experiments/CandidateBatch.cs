using System.Globalization;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// Candidate settings of one strategy's levers played in a plan's states (the robust lever search, docs/MODEL.md
/// §13.14): in state s, candidate c is the strategy as written with its levers set to the candidate's values, in the
/// state's sampled world and with the state's random streams. procsim plays them in process and the orchestrator on
/// the actor services (RunBatch with candidates); both prepare each run here, so both play the same runs.
/// </summary>
public sealed class CandidateBatch
{
    private readonly InputValue[][] _levers;
    private readonly int _strategy;

    private CandidateBatch(ExperimentPlan plan, int strategy, IReadOnlyList<LeverSpec> levers, InputValue[][] candidates)
    {
        (Plan, _strategy, Levers, _levers) = (plan, strategy, levers, candidates);
    }

    /// <summary>The plan whose states the candidates are played in.</summary>
    public ExperimentPlan Plan { get; }

    /// <summary>The levers each candidate sets, in the order of its values.</summary>
    public IReadOnlyList<LeverSpec> Levers { get; }

    /// <summary>The strategy whose levers are set (as written).</summary>
    public string Strategy => Plan.Strategies[_strategy].Name;

    /// <summary>The number of candidates: the runs of each state.</summary>
    public int Count => _levers.Length;

    /// <summary>Runs: states × candidates.</summary>
    public long Runs => (long)Plan.States * Count;

    /// <summary>
    /// The batch, or the field at fault and why, in a clause: <paramref name="strategy"/> must be one of the plan's
    /// strategies, every lever name a lever of it (each once), every candidate one value per lever admitted by the
    /// lever's range (<see cref="Admits"/>).
    /// </summary>
    public static bool TryCreate(ExperimentPlan plan, string strategy, IReadOnlyList<string> leverNames, IReadOnlyList<IReadOnlyList<double>> candidates,
        out CandidateBatch? batch, out string field, out string error)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(leverNames);
        ArgumentNullException.ThrowIfNull(candidates);
        (batch, field, error) = (null, "", "");
        var index = plan.Strategies.ToList().FindIndex(s => s.Name == strategy);
        if (index < 0) return Fail(out field, out error, "strategies", $"the plan plays no strategy '{strategy}'");
        if (leverNames.Count == 0) return Fail(out field, out error, "lever_names", "candidates set levers, and no lever is named");
        var levers = new List<LeverSpec>();
        for (var i = 0; i < leverNames.Count; i++)
        {
            var name = leverNames[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"lever_names[{i}]");
            if (plan.Experiment.FindLever(name) is not { } lever || lever.Strategy != strategy)
            {
                var own = plan.Experiment.Levers.Where(l => l.Strategy == strategy).Select(l => l.Name).ToList();
                return Fail(out field, out error, where, $"'{name}' is not a lever of strategy '{strategy}'; its levers are " +
                    (own.Count == 0 ? "none" : string.Join(", ", own)));
            }
            if (levers.Contains(lever)) return Fail(out field, out error, where, $"'{name}' is named twice");
            levers.Add(lever);
        }

        var settings = new InputValue[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"candidates[{c}]");
            var values = candidates[c];
            if (values.Count != levers.Count)
            {
                return Fail(out field, out error, where, string.Create(CultureInfo.InvariantCulture, $"has {values.Count} values for {levers.Count} levers"));
            }
            settings[c] = new InputValue[levers.Count];
            for (var j = 0; j < levers.Count; j++)
            {
                if (!Admits(levers[j].Range, values[j]))
                {
                    return Fail(out field, out error, where, string.Create(CultureInfo.InvariantCulture,
                        $"{values[j]:R} is outside the range of lever '{levers[j].Name}' ({levers[j].Range.Describe()})"));
                }
                settings[c][j] = new InputValue(levers[j].Name, values[j]);
            }
        }
        batch = new CandidateBatch(plan, index, levers, settings);
        return true;
    }

    /// <summary>
    /// Whether a lever whose range is <paramref name="range"/> may take <paramref name="value"/>: a whole number of a range
    /// of whole numbers, one of a list's values, a finite number within any other range.
    /// </summary>
    public static bool Admits(Distribution range, double value)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!(value >= range.Min && value <= range.Max)) return false;
        if (range is IntegerUniformDistribution) return Math.Floor(value) == value;
        return !range.IsDiscrete || range.Levels(1).Contains(value);
    }

    /// <summary>
    /// Prepares candidate <paramref name="candidate"/>'s run in state <paramref name="state"/>, given the state's inputs
    /// and scenario (<see cref="ExperimentPlan.ScenarioOf"/>): the plan's run of the strategy in that state (its sampled
    /// world, its random streams) with the candidate's levers set by <see cref="RunOverrides.ApplyLevers"/> and added
    /// to the run's overrides, so that the actor services set them the same way.
    /// </summary>
    public PreparedRun Prepare(int state, int candidate, IReadOnlyList<double> inputs, Scenario scenario)
    {
        var run = Plan.Prepare(RunAt(state), inputs, scenario);
        var levers = _levers[candidate];
        return run with
        {
            Strategy = RunOverrides.ApplyLevers(Plan.Experiment, run.Strategy, levers),
            Overrides = [.. run.Overrides, .. levers],
        };
    }

    /// <summary>Candidate <paramref name="candidate"/>'s values, in <see cref="Levers"/> order.</summary>
    public IEnumerable<double> ValuesOf(int candidate) => _levers[candidate].Select(v => v.Value);

    /// <summary>The plan's run of the strategy in state <paramref name="state"/>: what every candidate's run of the state plays as.</summary>
    public PlannedRun RunAt(int state) => Plan.RunAt(((long)state * Plan.Strategies.Count) + _strategy);

    private static bool Fail(out string field, out string error, string where, string why)
    {
        (field, error) = (where, why);
        return false;
    }
}
