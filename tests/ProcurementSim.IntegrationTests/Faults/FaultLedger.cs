using System.Globalization;
using ProcurementSim.Core.Engine;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// What a fault test injected and checked: each run's files against the embedded run's (byte for byte), and each
/// run's event log against the embedded run's events — the same events in the same order, so none was lost and none
/// stored twice. The counts go to the test output (and into the closing figures of the fault suite).
/// </summary>
public sealed class FaultLedger
{
    private readonly List<string> _faults = [];

    /// <summary>Faults injected.</summary>
    public IReadOnlyList<string> Faults => _faults;

    /// <summary>Runs whose files were checked.</summary>
    public int RunsChecked { get; private set; }

    /// <summary>Events checked against the embedded runs'.</summary>
    public int EventsChecked { get; private set; }

    /// <summary>Notes a fault injected.</summary>
    public void Injected(string fault) => _faults.Add(fault);

    /// <summary>The run completed, and its result.json and timeline.csv are the embedded run's bytes.</summary>
    public async Task CheckFilesAsync(OrchestratorApi api, FaultRun run, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(summary);
        Assert.True(summary.State == RunState.Completed, $"run {run.Id} (seed {run.Seed}) ended {summary.State}: {summary.Error}");
        var files = await api.GetResultAsync(run.Id, includeReport: false);
        var embedded = EmbeddedFiles.Of(run.File, run.Strategy, run.Seed, report: false);
        SameBytes.Assert(embedded.ResultJson, files.ResultJson.ToByteArray(), $"result.json of run {run.Id} (seed {run.Seed})");
        SameBytes.Assert(embedded.TimelineCsv, files.TimelineCsv.ToByteArray(), $"timeline.csv of run {run.Id} (seed {run.Seed})");
        RunsChecked++;
    }

    /// <summary>The run's stored events are the embedded run's, in order: none lost, none stored twice.</summary>
    public void CheckEvents(IRunLog log, FaultRun run)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(run);
        var scenario = ReferenceScenarios.Load(run.File);
        var expected = Simulator.Run(scenario, scenario.FindStrategy(run.Strategy)!, run.Seed, RunOptions.Default).Events;
        var stored = log.Events(run.Id);
        Assert.True(expected.Count == stored.Count,
            $"run {run.Id} (seed {run.Seed}): the embedded run logs {expected.Count} events, the store holds {stored.Count}");
        Assert.Equal(expected, stored.Select(e => e.Event));
        Assert.Equal(stored.Count, stored.Select(e => (e.Tick, e.ActorId, e.Sequence)).Distinct().Count());
        EventsChecked += stored.Count;
    }

    /// <summary>One line: faults by kind, runs and events checked.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{_faults.Count} fault(s) injected ({string.Join("; ", _faults)}); {RunsChecked} runs and {EventsChecked} events checked: none lost, none duplicated.");
}
