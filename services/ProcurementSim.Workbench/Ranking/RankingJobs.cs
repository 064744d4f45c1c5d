using System.Collections.Concurrent;
using System.Globalization;
using ProcurementSim.Analysis;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Workbench.Ranking;

/// <summary>
/// The background rankings: one per draft (a new one for the same draft stops the one before, whose text is stale),
/// and at most a few at once on the server.
/// </summary>
internal sealed class RankingJobs : IDisposable
{
    private const int MaxJobs = 16;
    private readonly ConcurrentDictionary<string, RankingJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byDraft = new(StringComparer.Ordinal);

    /// <summary>Starts ranking every strategy of <paramref name="yaml"/> over <paramref name="futures"/> sampled futures; the job's id, or a sentence.</summary>
    public (string? Id, string? Problem) Start(string draft, string yaml, int futures, ulong? seed)
    {
        var loaded = ScenarioLoader.LoadText(yaml, "scenario.yaml");
        if (!loaded.IsValid) return (null, "The scenario has problems; the ranking starts when it is valid.");
        var scenario = loaded.Scenario!;
        if (scenario.Strategies.Count == 0) return (null, "The scenario defines no strategy to rank.");
        var request = new ExperimentRequest(ExperimentDesign.MonteCarlo, futures, 1, seed ?? scenario.Seed,
            [.. scenario.Strategies.Select(s => s.Name)], IncludeLevers: false, RecordCapability: false);
        if (!ExperimentPlan.TryCreate(scenario, loaded.Experiment, request, out var plan, out var why)) return (null, $"The ranking cannot start: {why}.");
        var satisficing = loaded.Experiment.Satisficing.Count > 0 ? loaded.Experiment.Satisficing : [Condition.Parse(AnalysisOptions.DefaultSatisficing)];
        var id = Store.WorkbenchStore.NewId();
        var job = new RankingJob(id, plan!, new AnalysisOptions(satisficing, null, Discovery: false));
        if (_byDraft.TryGetValue(draft, out var before) && _jobs.TryRemove(before, out var old)) old.Stop();
        while (_jobs.Count >= MaxJobs && _jobs.Keys.FirstOrDefault() is { } oldest && _jobs.TryRemove(oldest, out var dropped)) dropped.Stop();
        _jobs[id] = job;
        _byDraft[draft] = id;
        _ = job.Start();
        return (id, null);
    }

    public RankingStatus? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.Status : null;

    public bool Stop(string id)
    {
        if (!_jobs.TryGetValue(id, out var job)) return false;
        job.Stop();
        return true;
    }

    /// <summary>The sentence for a number of futures out of range.</summary>
    public static string? FuturesProblem(int futures, int max) =>
        futures < 1 || futures > max ? string.Create(CultureInfo.InvariantCulture, $"Choose from 1 to {max:N0} sampled futures; {futures:N0} was asked.") : null;

    public void Dispose()
    {
        foreach (var job in _jobs.Values) job.Stop();
    }
}
