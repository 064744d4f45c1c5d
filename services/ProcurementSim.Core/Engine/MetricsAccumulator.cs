using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>Turns each tick's reports into the run's metrics (and, when asked, its timeline).</summary>
public sealed class MetricsAccumulator
{
    private readonly Scenario _s;
    private readonly ScenarioTables _tables;
    private readonly bool _timeline;
    private readonly List<TickRecord> _records = [];
    private readonly List<double>? _capabilitySeries;
    private readonly ServedWeek _week;
    private readonly bool[] _pricedCategory;
    private readonly double _weightSum;
    private readonly bool[] _tasked;
    private readonly double[] _shortfallByCategory;
    private readonly bool _priced;
    private double _gapDepth;
    private double _shortfall;
    private double _shortfallCost;
    private double _prohibitedUse;
    private int _prohibitedIncidents;
    private double _capSum;
    private double _capMin = double.PositiveInfinity;
    private int _gapWeeks;
    private int _ticks;
    private double _contract, _switching, _termination, _parallel;
    private double _conflicts;
    private int _breaches;
    private double _exposure;
    private double _riskSum;
    private double _trust;

    /// <summary>Creates an accumulator for a scenario.</summary>
    /// <param name="scenario">The scenario played.</param>
    /// <param name="recordTimeline">Keep a full <see cref="TickRecord"/> per tick.</param>
    /// <param name="recordCapability">Keep the weekly mission capability alone (experiments' fan charts), without the timeline's cost.</param>
    public MetricsAccumulator(Scenario scenario, bool recordTimeline, bool recordCapability = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _s = scenario;
        _tables = ScenarioTables.Of(scenario);
        _timeline = recordTimeline;
        _capabilitySeries = recordCapability ? new List<double>(scenario.Ticks) : null;
        var n = scenario.Categories.Count;
        _week = new ServedWeek(_tables);
        _tasked = _tables.Tasked;
        _pricedCategory = _tables.PricedShortfall;
        _shortfallByCategory = new double[n];
        _priced = _tables.Priced;
        for (var c = 0; c < n; c++)
        {
            if (_tasked[c]) _weightSum += _tables.Criticality[c];
        }
    }

    /// <summary>The timeline so far.</summary>
    public IReadOnlyList<TickRecord> Timeline => _records;

    /// <summary>Mission capability per tick so far, when asked for; otherwise empty.</summary>
    public IReadOnlyList<double> CapabilitySeries => (IReadOnlyList<double>?)_capabilitySeries ?? [];

    /// <summary>Records one tick from the agency's and the vendors' reports.</summary>
    public void Record(int tick, AgencyTickReport agency, IReadOnlyList<VendorTickReport> vendors)
    {
        ArgumentNullException.ThrowIfNull(vendors);
        Record(tick, agency, vendors as VendorTickReport[] ?? [.. vendors]);
    }

    /// <summary>Records one tick from the agency's and the vendors' reports (indexed like the scenario's vendors).</summary>
    internal void Record(int tick, AgencyTickReport agency, VendorTickReport[] vendors)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var week = _week;
        week.Update(vendors);
        // Running sums in locals for the loops (the same additions in the same order as into the fields).
        double spend = agency.SwitchingCost + agency.TerminationFees, contract = _contract, parallel = _parallel;
        var incumbent = _tables.Incumbent;
        for (var v = 0; v < vendors.Length; v++)
        {
            var r = vendors[v];
            spend += r.Spend + r.ShadowSpend;
            contract += r.Spend;
            parallel += r.ShadowSpend;
            if (v == incumbent) _trust = r.Trust;
        }
        (_contract, _parallel) = (contract, parallel);
        var (weighted, shortfall, prohibited, conflicts) = (week.Weighted, week.Shortfall, week.Prohibited, week.Conflicts);
        double exposure = _exposure, shortfallCost = _shortfallCost;
        var (exposureOf, weightedUnmet, unmetCost, tasked, priced, byCategory) =
            (week.Exposure, week.WeightedUnmet, week.UnmetCost, _tasked, _pricedCategory, _shortfallByCategory);
        for (var c = 0; c < tasked.Length; c++)
        {
            exposure += exposureOf[c];
            if (!tasked[c]) continue;
            byCategory[c] += weightedUnmet[c];
            if (priced[c]) shortfallCost += unmetCost[c];
        }
        (_exposure, _shortfallCost) = (exposure, shortfallCost);
        var mission = _weightSum > 0 ? weighted / _weightSum : 0;
        var depth = Math.Max(0, _s.CapabilityThreshold - mission);
        _capSum += mission;
        _capMin = Math.Min(_capMin, mission);
        if (mission < _s.CapabilityThreshold) _gapWeeks++;
        _gapDepth += depth;
        _shortfall += shortfall;
        _prohibitedUse += prohibited;
        _prohibitedIncidents += agency.ProhibitedUseIncidents;
        _switching += agency.SwitchingCost;
        _termination += agency.TerminationFees;
        _conflicts += conflicts;
        _breaches += agency.Breaches;
        _riskSum += agency.ReputationalRisk;
        _ticks++;
        _capabilitySeries?.Add(mission);
        if (_timeline)
        {
            _records.Add(new TickRecord(tick, mission, (double[])week.Capability.Clone(), (double[])week.Allocation.Clone(), (double[])week.Served.Clone(),
                spend, _contract + _switching + _termination + _parallel, conflicts, agency.Breaches, _trust, agency.ReputationalRisk)
            {
                GapDepth = depth,
                Shortfall = shortfall,
                ProhibitedUse = prohibited,
                ProhibitedUseIncidents = agency.ProhibitedUseIncidents,
            });
        }
    }

    /// <summary>The run's metrics after the last tick.</summary>
    public RunMetrics Finish(AgencyTickReport agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        double hhi = 0;
        var allocation = _week.Allocation;
        foreach (var share in allocation) hhi += share * 100 * share * 100;
        if (Array.TrueForAll(allocation, a => a == 0)) hhi = 10_000; // nothing tasked: as concentrated (and as fragile) as it gets
        var started = agency.TransitionStart;
        var done = agency.TransitionComplete;
        int? transition = started < 0 ? null : (done >= 0 ? done - started : _ticks - started);
        var cost = new CostBreakdown(_contract, _switching, _termination, _parallel);
        return new RunMetrics
        {
            MissionCapabilityMean = _ticks > 0 ? _capSum / _ticks : 0,
            MissionCapabilityMin = _ticks > 0 ? _capMin : 0,
            CapabilityGapWeeks = _gapWeeks,
            CapabilityGapDepth = _gapDepth,
            MissionShortfall = _shortfall,
            ShortfallByCategory = (double[])_shortfallByCategory.Clone(),
            TransitionWeeks = transition,
            TransitionCompleted = done >= 0,
            TotalCost = cost.Total,
            Cost = cost,
            ShortfallCost = _priced ? _shortfallCost : null,
            PolicyConflicts = _conflicts,
            RedLineBreaches = _breaches,
            ProhibitedUseExposure = _prohibitedUse,
            ProhibitedUseIncidents = _prohibitedIncidents,
            EthicalExposure = _exposure,
            VendorConcentrationHhi = hhi,
            IncumbentTrustFinal = _trust,
            ReputationalRisk = _ticks > 0 ? _riskSum / _ticks : 0,
        };
    }
}
