using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// The agency (with its integrator) for one run. Each tick it applies its inbox, lets the integrator deploy the
/// week's work (where misuse can happen), asks its playbook for decisions, and sends the tasking that changed.
/// </summary>
public sealed partial class AgencyActor : IAgencyView
{
    private readonly IAgencyPlaybook _playbook;
    private readonly ScenarioTables _tables;
    private readonly double[] _demand;
    private readonly int _v;
    private readonly int _c;
    private readonly double[] _shares;
    private readonly double[] _shadow;
    private readonly double[] _sent;
    private readonly double[] _sentShadow;
    private readonly double[] _price;
    private readonly double[] _readiness;
    private readonly int[] _noticeEffective;
    private readonly KnownVendorState[] _state;
    private readonly PolicyStance[] _stances;
    private readonly List<ReceivedBid> _bids = [];
    private readonly RandomStream _integratorRandom;
    private readonly bool[] _redLines;
    private double _budget;
    private double _risk;
    private double _riskShock;
    private int _solicitations;
    private bool _taskingInputsChanged = true;
    private bool _sentLastWeek;
    private bool _contestedShareValid;
    private double _contestedShare;

    /// <summary>The integrator's stream key: <see cref="StableHash.Of"/> of "integrator", as <see cref="RandomStream.For"/> makes it.</summary>
    private static readonly ulong IntegratorStreamKey = StableHash.Of("integrator");

    /// <summary>Creates the agency at tick 0 with its playbook.</summary>
    public AgencyActor(Scenario scenario, IAgencyPlaybook playbook, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        _playbook = playbook;
        _tables = ScenarioTables.Of(scenario);
        _demand = _tables.Demand;
        _v = scenario.Vendors.Count;
        _c = scenario.Categories.Count;
        _shares = new double[_v * _c];
        _shadow = new double[_v * _c];
        _sent = new double[_v * _c];
        _sentShadow = new double[_v * _c];
        _price = new double[_v];
        _readiness = new double[_v];
        _noticeEffective = new int[_v];
        _state = new KnownVendorState[_v];
        _stances = new PolicyStance[_v * _c];
        _integratorRandom = new RandomStream(seed, run, IntegratorStreamKey);
        _redLines = _tables.RedLine;
        MisuseCategory = Integrator.MisuseIndex(scenario);
        OperationalDemand = Integrator.OperationalDemand(scenario);
        _budget = scenario.Agency.WeeklyBudget;
        for (var v = 0; v < _v; v++)
        {
            var spec = scenario.Vendors[v];
            _price[v] = spec.Price;
            _noticeEffective[v] = -1;
            var incumbent = spec.Role == VendorRole.Incumbent;
            if (incumbent) Incumbent = v;
            _state[v] = incumbent ? KnownVendorState.Active : KnownVendorState.Idle;
            _readiness[v] = incumbent ? 1 : 0;
            // The published policy, permitted where it says nothing (PolicyStance.Permitted is the default).
            Array.Copy(_tables.Stances[v], 0, _stances, v * _c, _c);
            if (incumbent) Array.Copy(_tables.ContractShares, 0, _shares, v * _c, _c);
        }
        // The incumbent starts from the contract's shares within budget: the agency has "sent" them already.
        var start = ContractStart.IncumbentShares(scenario);
        Array.Copy(start, 0, _sent, Incumbent * _c, _c);
        Outbox = new Outbox(ActorIds.Agency);
        MisuseThresholds = new ulong[_v];
    }

    /// <inheritdoc />
    public Scenario Scenario { get; }
    /// <inheritdoc />
    public int Tick { get; private set; }
    /// <inheritdoc />
    public int Incumbent { get; }
    /// <inheritdoc />
    public IReadOnlyList<ReceivedBid> Bids => _bids;
    /// <inheritdoc />
    public UltimatumAnswer? AllLawfulUsesAnswer { get; private set; }
    /// <summary>What it sends this tick.</summary>
    public Outbox Outbox { get; }
    /// <summary>Its costs, breaches and risk this tick.</summary>
    public AgencyTickReport Report { get; } = new();
    /// <summary>Its events this tick.</summary>
    public EventLog Events { get; } = new();

    /// <summary>The share of each category routed to each vendor, as sent this tick (index vendor × categories + category).</summary>
    public ReadOnlySpan<double> SentShares => _sent;

    /// <inheritdoc />
    public double Share(int vendor, int category) => _shares[(vendor * _c) + category];
    /// <inheritdoc />
    public KnownVendorState State(int vendor) => _state[vendor];
    /// <inheritdoc />
    public double Readiness(int vendor) => _readiness[vendor];
    /// <inheritdoc />
    public PolicyStance Stance(int vendor, int category) => _stances[(vendor * _c) + category];
    /// <inheritdoc />
    public bool Tasks(int category) => _tables.Tasked[category];

    /// <summary>Plays one tick: <paramref name="inbox"/> must be in canonical order.</summary>
    public void Step(int tick, ReadOnlySpan<Envelope> inbox)
    {
        BeginStep(tick, inbox);
        EndStep();
    }

    /// <summary>
    /// The first half of a tick: applies the inbox, ends expired notices, lets the integrator deploy the week's work.
    /// A seminar stops here so a human agency sees the view after this week's inbox (the bids that arrived, say).
    /// </summary>
    internal void BeginStep(int tick, ReadOnlySpan<Envelope> inbox)
    {
        Tick = tick;
        Outbox.Clear();
        Events.Clear();
        Report.SwitchingCost = 0;
        Report.TerminationFees = 0;
        Report.Breaches = 0;
        Report.ProhibitedUseIncidents = 0;
        _riskShock = 0;
        foreach (var m in inbox) Apply(tick, m);
        EndExpiredNotices(tick);
        Integrator.Deploy(this, tick);
    }

    /// <summary>The second half of a tick: the playbook decides, the changed tasking goes out, reputational risk updates.</summary>
    internal void EndStep()
    {
        _playbook.Decide(this, this);
        CheckTransitionComplete();
        SendTasking();
        UpdateRisk();
    }

    /// <summary>An inject a seminar's facilitator fires after <see cref="BeginStep"/>: applied at once, before the decision.</summary>
    internal void ApplyLateInject(InjectNotice inject) => ApplyInject(Tick, inject);

    /// <summary>How many solicitations were issued (the next one gets this plus 1).</summary>
    internal int SolicitationCount => _solicitations;

    /// <summary>The current weekly budget (after budget shocks).</summary>
    internal double Budget => _budget;

    /// <summary>The reputational-risk index at the end of the last tick.</summary>
    internal double Risk => _risk;

    /// <summary>The contract price the agency pays a vendor per task unit.</summary>
    internal double Price(int vendor) => _price[vendor];

    /// <summary>The week a vendor's notice takes effect, or −1.</summary>
    internal int NoticeEffective(int vendor) => _noticeEffective[vendor];

    /// <summary>The parallel-run (shadow) share of a category routed to a vendor.</summary>
    internal double ShadowShare(int vendor, int category) => _shadow[(vendor * _c) + category];

    private void EndExpiredNotices(int tick)
    {
        for (var v = 0; v < _v; v++)
        {
            if (_noticeEffective[v] < 0 || tick < _noticeEffective[v] || _state[v] == KnownVendorState.Terminated) continue;
            _state[v] = KnownVendorState.Terminated;
            _readiness[v] = 0;
            for (var c = 0; c < _c; c++)
            {
                _shares[(v * _c) + c] = 0;
                _shadow[(v * _c) + c] = 0;
            }
            _taskingInputsChanged = true;
            _transitionInputsChanged = true;
        }
    }

    private void SendTasking()
    {
        // Unchanged shares, prices, budget and stances since a week that sent nothing: this week would send nothing
        // either, and the contested share of UpdateRisk is last week's. Skipping the sums changes no number.
        if (!_taskingInputsChanged && !_sentLastWeek)
        {
            _contestedShareValid = true;
            return;
        }
        _taskingInputsChanged = false;
        _sentLastWeek = false;
        _contestedShareValid = false;
        // Scale every share down when the projected week's spend exceeds the budget.
        double projected = 0;
        for (var v = 0; v < _v; v++)
        {
            for (var c = 0; c < _c; c++)
            {
                var i = (v * _c) + c;
                projected += (_shares[i] + _shadow[i]) * _demand[c] * _price[v];
            }
        }
        var scale = projected > _budget ? _budget / projected : 1.0;
        for (var v = 0; v < _v; v++)
        {
            var changed = false;
            for (var c = 0; c < _c; c++)
            {
                var i = (v * _c) + c;
                changed |= _sent[i] != _shares[i] * scale || _sentShadow[i] != _shadow[i] * scale;
            }
            if (!changed) continue;
            if (v == Incumbent) NoteReduction(v, scale);
            var shares = new double[_c];
            var shadow = new double[_c];
            for (var c = 0; c < _c; c++)
            {
                var i = (v * _c) + c;
                shares[c] = _sent[i] = _shares[i] * scale;
                shadow[c] = _sentShadow[i] = _shadow[i] * scale;
            }
            _sentLastWeek = true;
            SentVersion++;
            Outbox.Send(ActorIds.Vendor(v), new Tasking(shares, shadow));
        }
    }

    private void NoteReduction(int v, double scale)
    {
        double before = 0, after = 0;
        for (var c = 0; c < _c; c++)
        {
            before += _sent[(v * _c) + c] * _demand[c];
            after += _shares[(v * _c) + c] * scale * _demand[c];
        }
        if (after >= before - 1e-9 || _state[v] is KnownVendorState.Terminated) return;
        var name = Scenario.Vendors[v].Name;
        Events.Add(Tick, "partnership_reduced", "agency", name,
            $"the agency cuts {name}'s tasking from {before:0.#} to {after:0.#} task units a week", true);
    }

    private void UpdateRisk()
    {
        if (!_contestedShareValid) _contestedShare = ContestedShare();
        _risk = Math.Clamp((ModelConstants.RiskDecay * _risk) + _riskShock + (ModelConstants.RiskContestedUse * _contestedShare), 0, 1);
        Report.ReputationalRisk = _risk;
    }

    /// <summary>The share of the tasking sent that goes to contested categories a vendor does not prohibit (as the agency knows its policy).</summary>
    private double ContestedShare()
    {
        double contested = 0, total = 0;
        var isContested = _tables.Contested;
        for (var v = 0; v < _v; v++)
        {
            for (var c = 0; c < _c; c++)
            {
                var volume = _sent[(v * _c) + c] * _demand[c];
                total += volume;
                if (isContested[c] && _stances[(v * _c) + c] != PolicyStance.Prohibited) contested += volume;
            }
        }
        return total > 0 ? contested / total : 0;
    }

    internal void AddRisk(double amount) => _riskShock += amount;

    internal void RecordMisuse(int vendor, int category, bool breach)
    {
        var name = Scenario.Vendors[vendor].Name;
        var cat = Scenario.Categories[category].Name;
        if (breach) Report.Breaches++;
        _incidentsSeen++;
        if (breach) _breachesSeen++;
        var redLine = _redLines[category];
        if (redLine) Report.ProhibitedUseIncidents++;
        AddRisk(breach ? ModelConstants.RiskBreach : ModelConstants.RiskIncident);
        Outbox.Send(ActorIds.Vendor(vendor), new ComplianceIncident(category, breach));
        Events.Add(Tick, breach ? "red_line_breach" : "compliance_incident", "integrator", name,
            breach
                ? $"the integrator uses {name}'s output for {cat}, which {name} prohibits (red-line breach)"
                : $"the integrator uses {name}'s output for {cat} (permitted by {name}{(redLine ? ", but a red line of the situation" : "")})", true);
    }

    /// <summary>The scenario's tables (<see cref="ScenarioTables"/>).</summary>
    internal ScenarioTables Tables => _tables;

    internal int VendorCount => _v;

    /// <summary>Counts the changes to <see cref="SentShares"/>: a reader that caches what it derives from them compares this.</summary>
    internal int SentVersion { get; private set; }

    /// <summary>The integrator's cache of each vendor's weekly misuse probability as a draw threshold (<see cref="Integrator"/>).</summary>
    internal ulong[] MisuseThresholds { get; }

    /// <summary>The <see cref="SentVersion"/> at which <see cref="MisuseThresholds"/> was computed, or −1.</summary>
    internal int MisuseThresholdsVersion { get; set; } = -1;

    internal int CategoryCount => _c;

    internal RandomStream IntegratorRandom => _integratorRandom;

    internal int MisuseCategory { get; }

    internal double OperationalDemand { get; }
}
