using System.Runtime.InteropServices;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// The orchestrator's loop, in process: fires injects, lets every actor play the tick on its sorted inbox, routes
/// what they sent to the next tick's inboxes and records metrics. Actors are independent within a tick, which is
/// what lets the distributed mode run them in separate services with the same result.
/// </summary>
public sealed class RunEngine
{
    private readonly Scenario _s;
    private readonly StrategySpec _strategy;
    private readonly ulong _seed;
    private readonly AgencyActor _agency;
    private readonly VendorActor[] _vendors;
    private readonly VendorTickReport[] _reports;
    private List<Envelope>[] _inbox;
    private List<Envelope>[] _next;
    private readonly InjectSchedule _injects;
    private readonly RunRecorder _recorder;
    private readonly IReadOnlyList<SimEvent>[] _eventsByActor;

    /// <summary>Sets up a run at tick 0. <paramref name="playbook"/> replaces the strategy's bot (a human seat, say).</summary>
    public RunEngine(Scenario scenario, StrategySpec strategy, ulong seed, RunOptions options, IAgencyPlaybook? playbook = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(options);
        _s = scenario;
        _strategy = strategy;
        _seed = seed;
        _agency = new AgencyActor(scenario, playbook ?? Strategies.Playbooks.PlaybookFactory.Create(scenario, strategy), seed, options.RunIndex);
        _vendors = new VendorActor[scenario.Vendors.Count];
        _reports = new VendorTickReport[_vendors.Length];
        for (var v = 0; v < _vendors.Length; v++)
        {
            _vendors[v] = new VendorActor(scenario, v, seed, options.RunIndex);
            _reports[v] = _vendors[v].Report;
        }
        _inbox = NewBoxes();
        _next = NewBoxes();
        _injects = new InjectSchedule(scenario, seed, options.RunIndex);
        _recorder = new RunRecorder(scenario, strategy, seed, options.RecordTimeline, options.RecordCapability);
        _eventsByActor = new IReadOnlyList<SimEvent>[2 + _vendors.Length];
    }

    /// <summary>The next tick to play.</summary>
    public int Tick { get; private set; }

    /// <summary>The vendors (for invariant checks after each tick).</summary>
    internal IReadOnlyList<VendorActor> Vendors => _vendors;

    private List<Envelope>[] NewBoxes()
    {
        var boxes = new List<Envelope>[2 + _s.Vendors.Count];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = [];
        return boxes;
    }

    /// <summary>Plays every remaining tick and returns the scored result.</summary>
    public RunResult RunToEnd()
    {
        while (Tick < _s.Ticks) Step();
        return Result();
    }

    /// <summary>Plays one tick.</summary>
    public void Step()
    {
        var t = Tick;
        var fired = _injects.Fire(t);
        foreach (var f in fired)
        {
            foreach (var to in f.Recipients) _inbox[to].Add(new Envelope(ActorIds.Orchestrator, to, f.Index, f.Notice));
        }
        foreach (var box in _inbox) box.Sort();
        _agency.Step(t, CollectionsMarshal.AsSpan(_inbox[ActorIds.Agency]));
        foreach (var v in _vendors) v.Step(t, CollectionsMarshal.AsSpan(_inbox[v.Id]));
        foreach (var box in _inbox) box.Clear();
        Route(_agency.Outbox);
        foreach (var v in _vendors) Route(v.Outbox);
        (_inbox, _next) = (_next, _inbox);
        _eventsByActor[ActorIds.Orchestrator] = fired.Count == 0 ? [] : [.. fired.Select(f => f.Event)];
        _eventsByActor[ActorIds.Agency] = _agency.Events.Events;
        foreach (var v in _vendors) _eventsByActor[v.Id] = v.Events.Events;
        _recorder.Record(t, _agency.Report, _reports, _eventsByActor);
        Tick++;
    }

    private void Route(Outbox outbox)
    {
        var items = outbox.Items;
        for (var i = 0; i < items.Count; i++) _next[items[i].To].Add(items[i]); // indexed: no boxed enumerator
    }

    /// <summary>The scored result of the ticks played so far.</summary>
    public RunResult Result() => _recorder.Result();
}
