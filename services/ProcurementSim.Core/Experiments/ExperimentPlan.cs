using System.Globalization;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Experiments.Designs;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// The runs of an experiment, in a fixed order: for each state of the world (sample i, replication r; state =
/// i × replications + r) every strategy in turn, in ordinal name order. All strategies of a state see the same sampled inputs and the same
/// random streams (the state is every stream's run index; a Sobol design shares a row's streams, <see cref="StreamStateOf"/>): common random numbers. Each run is a pure function of the
/// scenario, the request and its position, so any process can play any run and get the same outcome.
/// </summary>
public sealed class ExperimentPlan
{
    private readonly ISampleDesign _design;
    private readonly UncertaintySpec[] _uncertainties;

    private ExperimentPlan(Scenario scenario, ExperimentSpec experiment, ExperimentRequest request, IReadOnlyList<StrategySpec> strategies,
        IReadOnlyList<ExperimentInput> inputs, ISampleDesign design)
    {
        (Scenario, Experiment, Request, Strategies, Inputs, _design) = (scenario, experiment, request, strategies, inputs, design);
        _uncertainties = [.. experiment.Uncertainties];
    }

    /// <summary>Most samples of a Sobol design: N × (k + 2) up to 100 million.</summary>
    public const long MaxSobolSamples = 100_000_000;

    /// <summary>The scenario as written.</summary>
    public Scenario Scenario { get; }

    /// <summary>The file's uncertainties, levers and satisficing criteria.</summary>
    public ExperimentSpec Experiment { get; }

    /// <summary>What was asked for.</summary>
    public ExperimentRequest Request { get; }

    /// <summary>The strategies played, in ordinal name order (not the request's order).</summary>
    public IReadOnlyList<StrategySpec> Strategies { get; }

    /// <summary>The sampled inputs: every uncertainty, then (when levers are included) the levers of the strategies played.</summary>
    public IReadOnlyList<ExperimentInput> Inputs { get; }

    /// <summary>Samples of the inputs.</summary>
    public int Samples => _design.Samples;

    /// <summary>States of the world: samples × replications.</summary>
    public int States => Samples * Request.Replications;

    /// <summary>Runs: states × strategies.</summary>
    public long Runs => (long)States * Strategies.Count;

    /// <summary>Where each sample sits in a Sobol design (base row and block); null for the other designs.</summary>
    public SobolLayout? Sobol { get; private init; }

    /// <summary>The design's name as the command line and the outputs give it.</summary>
    public string DesignName => ExperimentDesignNames.Of(Request.Design);

    /// <summary>Builds the plan, or says in a sentence why the request cannot be planned.</summary>
    public static bool TryCreate(Scenario scenario, ExperimentSpec experiment, ExperimentRequest request, out ExperimentPlan? plan, out string error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(request);
        (plan, error) = (null, "");
        if (request.Samples < 1) return Fail(out error, "the number of samples must be at least 1");
        if (request.Replications < 1) return Fail(out error, "the number of replications must be at least 1");
        if (request.Strategies.Count == 0) return Fail(out error, "at least one strategy must be played");
        var strategies = new List<StrategySpec>();
        foreach (var name in request.Strategies)
        {
            if (scenario.FindStrategy(name) is not { } spec) return Fail(out error, $"the scenario has no strategy '{name}'");
            if (strategies.Contains(spec)) return Fail(out error, $"strategy '{name}' is listed twice");
            strategies.Add(spec);
        }
        // Names, not positions: the strategies play and are reported in ordinal name order, whatever order the file or
        // the request lists them in (a run's draws never depend on its strategy, §13.1, so only the outputs' order would).
        strategies.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        var inputs = experiment.Uncertainties.Select(u => new ExperimentInput(u.Name, u.Parameter, null, u.Distribution)).ToList();
        if (request.IncludeLevers)
        {
            inputs.AddRange(experiment.Levers.Where(l => request.Strategies.Contains(l.Strategy)).Select(l => new ExperimentInput(l.Name, l.Parameter, l.Strategy, l.Range)));
        }

        var distributions = inputs.Select(i => i.Distribution).ToList();
        // Each input's draws are keyed by its name, so listing the uncertainties or levers in another order (or adding
        // one) changes no other input's values (docs/MODEL.md §4.1).
        var keys = inputs.Select(i => DesignStreams.Key(i.Name)).ToList();
        ISampleDesign design;
        SobolLayout? sobol = null;
        if (request.Design == ExperimentDesign.Factorial)
        {
            var points = FactorialDesign.Points(distributions, request.Samples);
            if (points > FactorialDesign.MaxPoints)
            {
                return Fail(out error, string.Create(CultureInfo.InvariantCulture,
                    $"a factorial design over {inputs.Count} inputs with {request.Samples} levels each has more than {FactorialDesign.MaxPoints:N0} points; use fewer levels (--samples) or --design lhs"));
            }
            design = new FactorialDesign(distributions, request.Samples);
        }
        else if (request.Design == ExperimentDesign.Sobol)
        {
            if (request.Samples < 2) return Fail(out error, "a Sobol design needs a base sample of at least 2 rows (--samples N gives N × (k + 2) samples)");
            if (inputs.Count == 0) return Fail(out error, "a Sobol design varies the uncertainties (and levers) of the scenario, and this one has none to vary");
            sobol = new SobolLayout(request.Samples, inputs.Count);
            if (sobol.Samples > MaxSobolSamples)
            {
                return Fail(out error, string.Create(CultureInfo.InvariantCulture,
                    $"a Sobol design over {inputs.Count} inputs with a base sample of {request.Samples:N0} has {sobol.Samples:N0} samples, more than the {MaxSobolSamples:N0} allowed; use a smaller --samples"));
            }
            design = new SobolDesign(distributions, keys, request.Seed, sobol);
        }
        else
        {
            design = request.Design == ExperimentDesign.LatinHypercube
                ? new LatinHypercubeDesign(distributions, keys, request.Seed, request.Samples)
                : new MonteCarloDesign(distributions, keys, request.Seed, request.Samples);
        }

        if ((long)design.Samples * request.Replications > int.MaxValue / 2)
        {
            return Fail(out error, "samples × replications is too large; the most is about a billion states");
        }
        plan = new ExperimentPlan(scenario, experiment, request, strategies, inputs, design) { Sobol = sobol };
        return true;
    }

    /// <summary>Run <paramref name="index"/> of the plan.</summary>
    public PlannedRun RunAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Runs);
        var state = (int)(index / Strategies.Count);
        return new PlannedRun(index, state, state / Request.Replications, state % Request.Replications, (int)(index % Strategies.Count));
    }

    /// <summary>The inputs sampled for <paramref name="sample"/>, in <see cref="Inputs"/> order.</summary>
    public double[] InputsOf(int sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sample, Samples);
        var values = new double[Inputs.Count];
        _design.Fill(sample, values);
        return values;
    }

    /// <summary>The scenario of a sample: the file's scenario with the sampled uncertainties applied.</summary>
    public Scenario ScenarioOf(IReadOnlyList<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return _uncertainties.Length == 0 ? Scenario : ScenarioParameters.Apply(Scenario, _uncertainties, inputs.Take(_uncertainties.Length).ToArray());
    }

    /// <summary>Prepares run <paramref name="run"/> given its state's inputs and scenario (<see cref="ScenarioOf"/>).</summary>
    public PreparedRun Prepare(PlannedRun run, IReadOnlyList<double> inputs, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var strategy = Strategies[run.Strategy];
        var overrides = new List<InputValue>(Inputs.Count);
        for (var j = 0; j < Inputs.Count; j++)
        {
            if (Inputs[j].Strategy is null) overrides.Add(new InputValue(Inputs[j].Name, inputs[j]));
            else if (Inputs[j].Strategy == strategy.Name)
            {
                overrides.Add(new InputValue(Inputs[j].Name, inputs[j]));
                strategy = LeverApplication.Apply(strategy, LeverOf(Inputs[j]), inputs[j]);
            }
        }
        return new PreparedRun(run, scenario, strategy, Request.Seed,
            new RunOptions(RecordTimeline: false, RunIndex: StreamStateOf(run), RecordCapability: Request.RecordCapability), overrides);
    }

    /// <summary>Prepares run <paramref name="index"/> from scratch (sampling its inputs and applying them).</summary>
    public PreparedRun Prepare(long index)
    {
        var run = RunAt(index);
        var inputs = InputsOf(run.Sample);
        return Prepare(run, inputs, ScenarioOf(inputs));
    }

    /// <summary>Plays every strategy of state <paramref name="state"/> in this process.</summary>
    public StateOutcome PlayState(int state)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(state, States);
        var inputs = InputsOf(state / Request.Replications);
        var scenario = ScenarioOf(inputs);
        var runs = new RunOutcome[Strategies.Count];
        for (var s = 0; s < runs.Length; s++)
        {
            runs[s] = Prepare(RunAt((long)state * Strategies.Count + s), inputs, scenario).Play();
        }
        return new StateOutcome(state, inputs, runs);
    }

    /// <summary>
    /// The state whose random streams run <paramref name="run"/> plays with (its run index): its own state, except in a
    /// Sobol design, where the A_B^(i) samples of a base row play with the streams of the row's A sample (§13.13).
    /// </summary>
    public int StreamStateOf(PlannedRun run) => (_design.StreamSampleOf(run.Sample) * Request.Replications) + run.Replication;

    private LeverSpec LeverOf(ExperimentInput input) => Experiment.FindLever(input.Name)!;

    private static bool Fail(out string error, string message)
    {
        error = message;
        return false;
    }
}
