using System.Runtime.InteropServices;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Scoring;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// Records a run tick by tick — metrics from the actors' reports, events in canonical order — and builds the
/// scored result. Both run modes feed it the same reports and events, so they produce the same bytes.
/// </summary>
public sealed class RunRecorder(Scenario scenario, StrategySpec strategy, ulong seed, bool recordTimeline, bool recordCapability = false)
{
    private readonly MetricsAccumulator _metrics = new(scenario, recordTimeline, recordCapability);
    private readonly List<SimEvent> _events = [];
    private AgencyTickReport _lastAgency = new();

    /// <summary>Ticks recorded so far.</summary>
    public int Ticks { get; private set; }

    /// <summary>The last tick recorded (with the timeline on), or null: progress without building a result.</summary>
    public Metrics.TickRecord? LastTick => _metrics.Timeline.Count > 0 ? _metrics.Timeline[^1] : null;

    /// <summary>
    /// Records tick <paramref name="tick"/>. <paramref name="eventsByActor"/> holds each actor's events of the tick
    /// in the order it logged them, indexed by actor id (0 = orchestrator's injects, 1 = agency, 2+i = vendor i).
    /// </summary>
    public void Record(int tick, AgencyTickReport agency, IReadOnlyList<VendorTickReport> vendors, IReadOnlyList<IReadOnlyList<SimEvent>> eventsByActor)
    {
        ArgumentNullException.ThrowIfNull(eventsByActor);
        for (var a = 0; a < eventsByActor.Count; a++)
        {
            // Indexed, and no AddRange: most actors log nothing most weeks, and AddRange on an interface costs casts.
            var events = eventsByActor[a];
            for (var i = 0; i < events.Count; i++) _events.Add(events[i]);
        }
        _metrics.Record(tick, agency, vendors);
        _lastAgency = agency;
        Ticks++;
    }

    /// <summary>
    /// <see cref="Record(int, AgencyTickReport, IReadOnlyList{VendorTickReport}, IReadOnlyList{IReadOnlyList{SimEvent}})"/>
    /// for the in-process engine, which holds the actors' reports and event lists as they are: no interface calls.
    /// </summary>
    internal void Record(int tick, AgencyTickReport agency, VendorTickReport[] vendors, List<SimEvent>[] eventsByActor)
    {
        foreach (var events in eventsByActor)
        {
            if (events.Count > 0) _events.AddRange(CollectionsMarshal.AsSpan(events));
        }
        _metrics.Record(tick, agency, vendors);
        _lastAgency = agency;
        Ticks++;
    }

    /// <summary>The events recorded so far, in order.</summary>
    internal IReadOnlyList<SimEvent> Events => _events;

    /// <summary>The scored result of the ticks recorded so far.</summary>
    public RunResult Result()
    {
        var metrics = _metrics.Finish(_lastAgency);
        var (score, breakdown) = ScoreCalculator.Score(scenario, metrics);
        var tables = ScenarioTables.Of(scenario);
        return new RunResult(scenario.Name, strategy.Name, seed, score, breakdown, metrics,
            tables.CategoryNames, tables.VendorNames, [.. _metrics.Timeline], [.. _events])
        {
            CapabilitySeries = [.. _metrics.CapabilitySeries],
        };
    }
}
