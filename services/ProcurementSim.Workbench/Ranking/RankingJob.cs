using System.Diagnostics;
using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Execution;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Workbench.Ranking;

/// <summary>
/// Every strategy over N sampled futures, as <c>procsim compare --runs N</c> plays and analyses them (the same plan,
/// the same experiment engine, the same statistics), on one background thread so the live what-if keeps the other.
/// </summary>
internal sealed class RankingJob
{
    private readonly ExperimentPlan _plan;
    private readonly AnalysisOptions _analysis;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = new();
    private volatile RankingStatus _status;

    public RankingJob(string id, ExperimentPlan plan, AnalysisOptions analysis)
    {
        _plan = plan;
        _analysis = analysis;
        _status = new(id, "running", 0, plan.States, 0, [], null, 0);
    }

    public RankingStatus Status => _status;

    public void Stop() => _stop.Cancel();

    public Task Start() => Task.Run(Play);

    private void Play()
    {
        var header = ExperimentHeader.For("compare", _plan, _analysis, complete: false);
        var table = new OutcomeTable(header.Strategies, header.Inputs, keepCapability: false, _analysis);
        var states = 0;
        // Redrawn about ten times over the job, and at its end: the statistics of the futures so far.
        var every = Math.Max(1, _plan.States / 10);
        _clock.Start();
        try
        {
            EmbeddedExperiment.Run(_plan, 1, state =>
            {
                table.Add(StateRow.From(state));
                states++;
                _status = states % every == 0 ? Publish(table, header, states, "running") : _status with { Done = states, Runs = Runs(states), RunsPerSecond = Rate(states) };
            }, _stop.Token);
            _status = Publish(table, header, states, _stop.IsCancellationRequested ? "stopped" : "done");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            _status = _status with { State = "failed", Problem = "The ranking stopped: " + e.Message };
        }
    }

    private long Runs(int states) => (long)states * _plan.Strategies.Count;

    private double Rate(int states) => _clock.Elapsed.TotalSeconds > 0 ? Runs(states) / _clock.Elapsed.TotalSeconds : 0;

    private RankingStatus Publish(OutcomeTable table, ExperimentHeader header, int states, string state)
    {
        if (states == 0) return _status with { State = state };
        var summary = ExperimentAnalysis.Summarize(table, header with { Complete = states == _plan.States }, _analysis);
        var rows = summary.Strategies.OrderBy(s => s.Rank).Select(s => new RankingRow(
            s.Rank, s.Strategy, Numbers.OneDecimal(s.Metrics.First(m => m.Metric == "score").Mean),
            $"{Numbers.OneDecimal(s.ScoreMeanInterval.Low)}–{Numbers.OneDecimal(s.ScoreMeanInterval.High)}",
            Numbers.Percent(s.ProbabilityBest), Numbers.Percent(s.Satisficing), Numbers.OneDecimal(s.MaxRegret),
            s.Metrics.First(m => m.Metric == "score").Mean)).ToList();
        return new(_status.Id, state, states, _plan.States, Runs(states), rows, null, Rate(states));
    }
}
