using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// What the vendors' reports of one week add up to: served and effective volume and mission capability per category,
/// allocation per vendor, refused volume, and each category's share of the week's exposure and shortfall. It is
/// derived again only when a report changed: when every vendor served exactly as last week
/// (<see cref="VendorTickReport.SameAsLastWeek"/>, the same report objects), last week's numbers stand, bit for bit.
/// </summary>
internal sealed class ServedWeek
{
    private readonly ScenarioTables _tables;
    private VendorTickReport[] _reports = [];

    /// <summary>An empty week for a scenario's categories and vendors.</summary>
    public ServedWeek(ScenarioTables tables)
    {
        _tables = tables;
        var n = tables.Categories.Length;
        Effective = new double[n];
        Served = new double[n];
        Capability = new double[n];
        Allocation = new double[tables.Vendors.Length];
        Exposure = new double[n];
        WeightedUnmet = new double[n];
        UnmetCost = new double[n];
    }

    /// <summary>Quality-adjusted served volume per category (all vendors).</summary>
    public double[] Effective { get; }
    /// <summary>Served volume per category (all vendors).</summary>
    public double[] Served { get; }
    /// <summary>Capability per category: effective ÷ demand, at most 1; 0 where the category is not tasked.</summary>
    public double[] Capability { get; }
    /// <summary>Share of the week's tasked volume routed to each vendor (0 for all when nothing is tasked).</summary>
    public double[] Allocation { get; }
    /// <summary>Served × ethical risk per category.</summary>
    public double[] Exposure { get; }
    /// <summary>Criticality × unmet volume per tasked category.</summary>
    public double[] WeightedUnmet { get; }
    /// <summary>Shortfall value × unmet volume per tasked category that prices its shortfall.</summary>
    public double[] UnmetCost { get; }
    /// <summary>Volume refused for policy (all vendors).</summary>
    public double Conflicts { get; private set; }
    /// <summary>Σ criticality × capability over tasked categories.</summary>
    public double Weighted { get; private set; }
    /// <summary>Σ criticality × unmet volume over tasked categories.</summary>
    public double Shortfall { get; private set; }
    /// <summary>Volume served in red-line categories.</summary>
    public double Prohibited { get; private set; }

    /// <summary>Brings the week up to date with the vendors' reports.</summary>
    public void Update(VendorTickReport[] vendors)
    {
        if (SameAsLastWeek(vendors)) return;
        SumReports(vendors);
        PerCategory();
    }

    private bool SameAsLastWeek(VendorTickReport[] vendors)
    {
        var same = _reports.Length == vendors.Length;
        for (var v = 0; same && v < vendors.Length; v++) same = ReferenceEquals(_reports[v], vendors[v]) && vendors[v].SameAsLastWeek;
        if (same) return true;
        if (_reports.Length != vendors.Length) _reports = new VendorTickReport[vendors.Length];
        Array.Copy(vendors, _reports, vendors.Length);
        return false;
    }

    private void SumReports(VendorTickReport[] vendors)
    {
        var effective = Effective;
        var served = Served;
        Array.Clear(effective);
        Array.Clear(served);
        var n = effective.Length;
        double conflicts = 0, tasked = 0;
        for (var v = 0; v < vendors.Length; v++)
        {
            var r = vendors[v];
            var (rEffective, rServed, rRefused, rTasked) = (r.Effective, r.Served, r.Refused, r.Tasked);
            double vendorTasked = 0;
            for (var c = 0; c < n; c++)
            {
                effective[c] += rEffective[c];
                served[c] += rServed[c];
                conflicts += rRefused[c];
                vendorTasked += rTasked[c];
            }
            Allocation[v] = vendorTasked;
            tasked += vendorTasked;
        }
        for (var v = 0; v < Allocation.Length; v++) Allocation[v] = tasked > 0 ? Allocation[v] / tasked : 0;
        Conflicts = conflicts;
    }

    private void PerCategory()
    {
        var t = _tables;
        double weighted = 0, shortfall = 0, prohibited = 0;
        for (var c = 0; c < Effective.Length; c++)
        {
            Exposure[c] = Served[c] * t.EthicalRisk[c];
            if (!t.Tasked[c])
            {
                Capability[c] = 0;
                continue;
            }
            Capability[c] = Math.Min(1, Effective[c] / t.Demand[c]);
            weighted += t.Criticality[c] * Capability[c];
            var unmet = Math.Max(0, t.Demand[c] - Effective[c]);
            WeightedUnmet[c] = t.Criticality[c] * unmet;
            shortfall += WeightedUnmet[c];
            if (t.Categories[c].ShortfallValue is { } value) UnmetCost[c] = value * unmet;
            if (t.RedLine[c]) prohibited += Served[c];
        }
        (Weighted, Shortfall, Prohibited) = (weighted, shortfall, prohibited);
    }
}
