using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ProcurementSim.Workbench.Store;

namespace ProcurementSim.Workbench.Experiments;

/// <summary>
/// The experiments started from the page: each in its own folder (its scenario.yaml, the CLI's files, summary.txt),
/// listed in the store so the list outlives the server; a job the server stopped under is marked interrupted.
/// </summary>
internal sealed class ExperimentJobs : IDisposable
{
    /// <summary>The files a planner may open or download, in the order the page lists them.</summary>
    public static readonly IReadOnlyList<string> Downloadable = ["report.html", "compare.json", "sweep.json", "optimize.json", "runs.csv", "runs.parquet", "summary.txt", "scenario.yaml"];

    private const int MaxRunning = 2;
    private readonly ConcurrentDictionary<string, ExperimentJob> _running = new(StringComparer.Ordinal);
    // How the experiments of this server's life ended, with their last progress (the store keeps only the state).
    private readonly ConcurrentDictionary<string, ExperimentStatus> _ended = new(StringComparer.Ordinal);
    private readonly WorkbenchStore _store;
    private readonly WorkbenchOptions _options;

    public ExperimentJobs(WorkbenchStore store, IOptions<WorkbenchOptions> options)
    {
        _store = store;
        _options = options.Value;
        _store.InterruptRunningExperiments();
    }

    /// <summary>The folder that holds every experiment's folder.</summary>
    public string Root => _options.ExperimentsFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.StorePath == ":memory:" ? "workbench" : _options.StorePath))!, "workbench-experiments");

    public (ExperimentStatus? Status, string? Problem) Start(string label, string yaml, string? command, IReadOnlyDictionary<string, string[]>? options)
    {
        if (_options.ProcsimCommand is not { Count: > 0 } procsim) return (null, "This server cannot start experiments: it does not know where procsim is (start it with procsim serve).");
        if (_running.Count >= MaxRunning) return (null, $"{MaxRunning} experiments are running; stop one or wait for it to finish.");
        var id = WorkbenchStore.NewId();
        var folder = Path.Combine(Root, id);
        var (args, problem) = ExperimentCommand.Arguments(command, "scenario.yaml", "out", options);
        if (args is null) return (null, problem);
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllText(Path.Combine(folder, "scenario.yaml"), yaml);
        var status = new ExperimentStatus(id, label, command!, args, "running", 0, "starting…", null, [], DateTimeOffset.UtcNow);
        _store.AddExperiment(status.Id, label, status.Command, JsonSerializer.Serialize(args), status.Created);
        var job = ExperimentJob.Start(status, procsim, folder, Finished);
        _running[id] = job;
        return (job.Status, null);
    }

    public bool Stop(string id)
    {
        if (!_running.TryGetValue(id, out var job)) return false;
        job.Stop();
        return true;
    }

    /// <summary>Every experiment, newest first: the running ones as they are now, the others as the store keeps them.</summary>
    public IReadOnlyList<ExperimentStatus> All() =>
        [.. _store.AllExperiments().Select(e => _running.TryGetValue(e.Id, out var job) ? job.Status
            : _ended.TryGetValue(e.Id, out var ended) ? ended
            : new ExperimentStatus(e.Id, e.Label, e.Command, e.Arguments, e.State, e.State == "done" ? 100 : null, e.State, e.Problem, FilesOf(Path.Combine(Root, e.Id)), e.Created))];

    public ExperimentStatus? Find(string id) => All().FirstOrDefault(e => e.Id == id);

    /// <summary>A file of an experiment, or null.</summary>
    public string? FileOf(string id, string name)
    {
        if (!Downloadable.Contains(name) || Find(id) is null) return null;
        var folder = Path.Combine(Root, id);
        var path = name is "summary.txt" or "scenario.yaml" ? Path.Combine(folder, name) : Path.Combine(folder, "out", name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The files an experiment's folder holds now, among those a planner may open.</summary>
    public static IReadOnlyList<string> FilesOf(string folder) =>
        [.. Downloadable.Where(n => File.Exists(n is "summary.txt" or "scenario.yaml" ? Path.Combine(folder, n) : Path.Combine(folder, "out", n)))];

    private void Finished(ExperimentStatus status)
    {
        try
        {
            _store.FinishExperiment(status.Id, status.State, status.Problem);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The server is stopping and its store is closed: the next start marks the experiment interrupted.
        }
        _ended[status.Id] = status;
        _running.TryRemove(status.Id, out _);
    }

    public void Dispose()
    {
        foreach (var job in _running.Values) job.Stop();
    }
}
