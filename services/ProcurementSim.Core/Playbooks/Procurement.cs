using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// The replacement process several playbooks share: solicit, evaluate bids after a number of weeks, award the
/// best, and on a failed accreditation award the next-best bid (or solicit again, up to a limit) or, with
/// <see cref="FailureFallback.Negotiate"/>, drop the replacement and propose a carve-out to the incumbent.
/// </summary>
internal sealed class Procurement(int[] categories, int evaluationWeeks, FailureFallback onFailure = FailureFallback.NextBid)
{
    private readonly List<ReceivedBid> _ranked = [];
    private int _evaluateAt = -1;
    private int _attempts;

    /// <summary>The vendor awarded, or −1.</summary>
    public int Awarded { get; private set; } = -1;

    /// <summary>The awarded bid's servable categories.</summary>
    public int[] Servable { get; private set; } = [];

    /// <summary>True once the process has no bid left and stopped trying.</summary>
    public bool Abandoned { get; private set; }

    public void Start(IAgencyActions act)
    {
        act.Solicit(categories);
        _attempts = 1;
        _evaluateAt = -2; // evaluated relative to the first Step call's tick
    }

    /// <summary>Advances the process; call every week after <see cref="Start"/>.</summary>
    public void Step(IAgencyView view, IAgencyActions act)
    {
        if (Abandoned) return;
        if (_evaluateAt == -2) _evaluateAt = view.Tick + evaluationWeeks;
        if (Awarded < 0)
        {
            if (view.Tick >= _evaluateAt) Evaluate(view, act);
            return;
        }
        if (view.State(Awarded) != KnownVendorState.Failed) return;
        if (onFailure == FailureFallback.Negotiate) Negotiate(view, act);
        else NextBest(view, act);
    }

    private void Negotiate(IAgencyView view, IAgencyActions act)
    {
        var failed = view.Scenario.Vendors[Awarded].Name;
        (Awarded, Servable, Abandoned) = (-1, [], true);
        act.Note("replacement_dropped", $"{failed} failed accreditation: the agency drops the replacement and negotiates with the incumbent");
        var inc = view.Incumbent;
        if (view.State(inc) != KnownVendorState.Active) return;
        var open = TaskedCategories(view).Where(c => view.Stance(inc, c) == PolicyStance.Conditional).ToArray();
        if (open.Length > 0) act.ProposeCarveOut(inc, open);
    }

    private void Evaluate(IAgencyView view, IAgencyActions act)
    {
        _ranked.Clear();
        // A bid that covers none of the solicited categories is worth nothing here (value 0): it is never awarded, so
        // a second source for red-line categories is not bought from a vendor that prohibits them too.
        _ranked.AddRange(view.Bids.Where(b => view.State(b.Vendor) == KnownVendorState.Idle && b.Servable.Any(c => categories.Contains(c))));
        // Best value first: quality × weighted coverage ÷ relative price; ties go to the vendor whose name sorts first
        // (ordinal), never to the one the file lists first.
        var incumbentPrice = view.Scenario.Vendors[view.Incumbent].Price;
        var vendors = view.Scenario.Vendors;
        _ranked.Sort((a, b) =>
        {
            var c = Value(view, b, incumbentPrice).CompareTo(Value(view, a, incumbentPrice));
            return c != 0 ? c : string.CompareOrdinal(vendors[a.Vendor].Name, vendors[b.Vendor].Name);
        });
        if (_ranked.Count == 0)
        {
            Retry(view, act, view.Bids.Count == 0 ? "no bids arrived" : "no bid covers the solicited categories");
            return;
        }
        AwardFirst(act);
    }

    private void NextBest(IAgencyView view, IAgencyActions act)
    {
        _ranked.RemoveAll(b => b.Vendor == Awarded);
        Awarded = -1;
        if (_ranked.Count > 0) AwardFirst(act);
        else Retry(view, act, "accreditation failed and no other bid remains");
    }

    private void AwardFirst(IAgencyActions act)
    {
        var bid = _ranked[0];
        Awarded = bid.Vendor;
        Servable = bid.Servable;
        act.Award(bid);
    }

    private void Retry(IAgencyView view, IAgencyActions act, string why)
    {
        if (_attempts >= ModelConstants.SolicitationAttempts)
        {
            Abandoned = true;
            act.Note("solicitation_abandoned", $"{why}: the agency abandons the replacement after {_attempts} solicitations");
            return;
        }
        _attempts++;
        act.Note("solicitation_repeated", $"{why}: the agency solicits again");
        act.Solicit(categories);
        _evaluateAt = view.Tick + evaluationWeeks;
    }

    private double Value(IAgencyView view, ReceivedBid bid, double incumbentPrice)
    {
        double covered = 0, total = 0;
        foreach (var c in categories)
        {
            var cat = view.Scenario.Categories[c];
            var weight = cat.Criticality * cat.Demand;
            total += weight;
            if (bid.Servable.Contains(c)) covered += weight;
        }
        var coverage = total > 0 ? covered / total : 0;
        var relativePrice = incumbentPrice > 0 ? bid.Price / incumbentPrice : 1;
        return bid.Quality * coverage / Math.Max(relativePrice, 1e-9);
    }

    /// <summary>The strategy's <c>on_accreditation_failure</c>.</summary>
    public static FailureFallback FallbackOf(StrategyParameters p) =>
        p.Text("on_accreditation_failure") == "negotiate" ? FailureFallback.Negotiate : FailureFallback.NextBid;

    /// <summary>The categories the agency tasks.</summary>
    public static int[] TaskedCategories(IAgencyView view) =>
        [.. Enumerable.Range(0, view.Scenario.Categories.Count).Where(view.Tasks)];

    /// <summary>Whether the vendor can serve the category under its known policy.</summary>
    public static bool CanServe(IAgencyView view, int vendor, int category) => view.Stance(vendor, category) != PolicyStance.Prohibited;
}
