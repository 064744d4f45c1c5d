using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;

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

    /// <summary>Plays candidate <paramref name="candidate"/> of <paramref name="batch"/> (whose plan is this pool's) in state <paramref name="state"/>.</summary>
    public RunOutcome Play(CandidateBatch batch, int candidate, int state) => batch.Prepare(state, candidate, _inputs[state], _scenarios[state]).Play();
}
