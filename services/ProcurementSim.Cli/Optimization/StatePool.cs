using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// The states of the world a lever search judges candidates on: a Latin hypercube over the scenario's uncertainties
/// (one replication per sample), every strategy of the scenario as written played in each. Every candidate is played in
/// the same states with the same random streams (the state is every stream's run index): common random numbers.
/// </summary>
internal sealed class StatePool
{
    private readonly Scenario[] _scenarios;
    private readonly double[][] _inputs;

    public StatePool(ExperimentPlan plan)
    {
        Plan = plan;
        _inputs = new double[plan.States][];
        _scenarios = new Scenario[plan.States];
        for (var s = 0; s < plan.States; s++)
        {
            _inputs[s] = plan.InputsOf(s);
            _scenarios[s] = plan.ScenarioOf(_inputs[s]);
        }
    }

    /// <summary>The plan of the states: the uncertainties and the strategies as written.</summary>
    public ExperimentPlan Plan { get; }

    public int Count => _inputs.Length;

    /// <summary>The uncertainties sampled for state <paramref name="state"/>, in the plan's input order.</summary>
    public IReadOnlyList<double> Inputs(int state) => _inputs[state];

    /// <summary>Plays <paramref name="strategy"/> (its levers set) in state <paramref name="state"/>.</summary>
    public RunOutcome Play(StrategySpec strategy, IReadOnlyList<InputValue> levers, int state)
    {
        var overrides = new List<InputValue>(Plan.Inputs.Count + levers.Count);
        for (var j = 0; j < Plan.Inputs.Count; j++) overrides.Add(new InputValue(Plan.Inputs[j].Name, _inputs[state][j]));
        overrides.AddRange(levers);
        var run = new PlannedRun(state, state, state, 0, 0);
        return new PreparedRun(run, _scenarios[state], strategy, Plan.Request.Seed,
            new Core.Engine.RunOptions(RecordTimeline: false, RunIndex: state, RecordCapability: false), overrides).Play();
    }
}
