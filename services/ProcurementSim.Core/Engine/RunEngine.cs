using System.Runtime.InteropServices;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Playbooks;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

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
    private readonly List<SimEvent>[] _eventsByActor;

    private readonly List<SimEvent> _firedEvents = [];
    private int _adHocInjects;

    /// <summary>Sets up a run at tick 0. <paramref name="playbook"/> replaces the strategy's bot (a human seat, say).</summary>
    public RunEngine(Scenario scenario, StrategySpec strategy, ulong seed, RunOptions options, IAgencyPlaybook? playbook = null)
        : this(scenario, strategy, seed, options, playbook, null)
    {
    }

    /// <summary>
    /// Sets up a run at tick 0 with each vendor's decisions filled by <paramref name="vendorDecisions"/> (a seminar's
    /// seats); a null entry or list keeps <see cref="VendorBot"/>.
    /// </summary>
    internal RunEngine(Scenario scenario, StrategySpec strategy, ulong seed, RunOptions options, IAgencyPlaybook? playbook,
        IReadOnlyList<IVendorDecisions?>? vendorDecisions)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(options);
        _s = scenario;
        _strategy = strategy;
        _seed = seed;
        _agency = new AgencyActor(scenario, playbook ?? PlaybookFactory.Create(scenario, strategy), seed, options.RunIndex);
        _vendors = new VendorActor[scenario.Vendors.Count];
        _reports = new VendorTickReport[_vendors.Length];
        for (var v = 0; v < _vendors.Length; v++)
        {
            _vendors[v] = new VendorActor(scenario, v, seed, options.RunIndex, vendorDecisions?[v]);
            _reports[v] = _vendors[v].Report;
        }
        _inbox = NewBoxes();
        _next = NewBoxes();
        _injects = new InjectSchedule(scenario, seed, options.RunIndex);
        _recorder = new RunRecorder(scenario, strategy, seed, options.RecordTimeline, options.RecordCapability);
        // Each actor logs into the same list every tick (cleared at the tick's start): wired once, read at each tick's end.
        _eventsByActor = new List<SimEvent>[2 + _vendors.Length];
        _eventsByActor[ActorIds.Orchestrator] = _firedEvents;
        _eventsByActor[ActorIds.Agency] = _agency.Events.Items;
        foreach (var v in _vendors) _eventsByActor[v.Id] = v.Events.Items;
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
        BeginTick();
        FinishTick();
    }

    /// <summary>
    /// The first half of a tick: fires the injects, sorts the inboxes and lets the agency apply its inbox. Between
    /// this and <see cref="FinishTick"/> every actor's inbox for the week is known and no decision is taken yet.
    /// </summary>
    internal void BeginTick()
    {
        var t = Tick;
        _firedEvents.Clear();
        var fired = _injects.Fire(t);
        for (var i = 0; i < fired.Count; i++) Deliver(fired[i]); // indexed: no boxed enumerator
        foreach (var box in _inbox) box.Sort();
        _agency.BeginStep(t, CollectionsMarshal.AsSpan(_inbox[ActorIds.Agency]));
    }

    /// <summary>The second half of a tick: the agency decides, the vendors play, messages are routed, the tick is recorded.</summary>
    internal void FinishTick()
    {
        var t = Tick;
        _agency.EndStep();
        foreach (var v in _vendors) v.Step(t, CollectionsMarshal.AsSpan(_inbox[v.Id]));
        foreach (var box in _inbox) box.Clear();
        Route(_agency.Outbox);
        foreach (var v in _vendors) Route(v.Outbox);
        (_inbox, _next) = (_next, _inbox);
        _recorder.Record(t, _agency.Report, _reports, _eventsByActor);
        Tick++;
    }

    /// <summary>
    /// Fires an inject now, between <see cref="BeginTick"/> and <see cref="FinishTick"/> (a facilitator's inject):
    /// the agency applies it at once, before it decides; the vendors find it in this week's inbox.
    /// <paramref name="scenarioIndex"/> names the scenario's inject it brings forward, or is null for a custom one.
    /// </summary>
    internal FiredInject FireNow(InjectSpec inject, int? scenarioIndex)
    {
        var f = _injects.FireNow(Tick, inject, scenarioIndex, _adHocInjects++);
        Deliver(f);
        foreach (var box in _inbox) box.Sort();
        if (f.Recipients.Contains(ActorIds.Agency)) _agency.ApplyLateInject(f.Notice);
        return f;
    }

    private void Deliver(FiredInject f)
    {
        foreach (var to in f.Recipients) _inbox[to].Add(new Envelope(ActorIds.Orchestrator, to, f.Index, f.Notice));
        _firedEvents.Add(f.Event);
    }

    /// <summary>Whether the scenario's inject <paramref name="index"/> has fired.</summary>
    internal bool InjectHasFired(int index) => _injects.HasFired(index);

    /// <summary>The agency actor.</summary>
    internal AgencyActor Agency => _agency;

    /// <summary>Actor <paramref name="actorId"/>'s inbox for the current tick (between the halves of a tick).</summary>
    internal IReadOnlyList<Envelope> InboxOf(int actorId) => _inbox[actorId];

    /// <summary>The injects fired so far this tick (between the halves of a tick).</summary>
    internal IReadOnlyList<SimEvent> FiredThisTick => _firedEvents;

    /// <summary>The recorder (for partial results and the last tick's record).</summary>
    internal RunRecorder Recorder => _recorder;

    private void Route(Outbox outbox)
    {
        foreach (var e in outbox.Span) _next[e.To].Add(e);
    }

    /// <summary>The scored result of the ticks played so far.</summary>
    public RunResult Result() => _recorder.Result();
}
