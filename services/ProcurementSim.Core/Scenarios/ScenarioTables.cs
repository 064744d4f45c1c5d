using System.Runtime.CompilerServices;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Scenarios;

/// <summary>
/// A scenario's per-category and per-vendor constants as arrays indexed by ordinal, computed once per
/// <see cref="Scenario"/> object and shared by every run of it: the tick loop reads these instead of walking
/// <see cref="Scenario.Categories"/> through <see cref="IReadOnlyList{T}"/> and recomputing the same values each week.
/// Every value comes from the one rule that defines it (<see cref="Demand"/>, <see cref="RedLines"/>, ...), so the
/// numbers are those the rules give; the tables only remember them.
/// </summary>
/// <remarks>
/// A scenario is immutable, so its tables never change. <see cref="Of"/> is safe for concurrent use: two threads
/// asking at once may both compute the tables, and both get the one that was stored, which equals the other.
/// </remarks>
internal sealed class ScenarioTables
{
    private static readonly ConditionalWeakTable<Scenario, ScenarioTables> Cache = [];

    private ScenarioTables(Scenario s)
    {
        var n = s.Categories.Count;
        Categories = [.. s.Categories];
        Vendors = [.. s.Vendors];
        CategoryNames = Array.AsReadOnly(Categories.Select(c => c.Name).ToArray());
        VendorNames = Array.AsReadOnly(Vendors.Select(v => v.Name).ToArray());
        Demand = new double[n];
        Criticality = new double[n];
        EthicalRisk = new double[n];
        Unlawful = new bool[n];
        Contested = new bool[n];
        Operational = new bool[n];
        Tasked = new bool[n];
        PricedShortfall = new bool[n];
        Priced = Scenarios.Demand.IsPriced(s);
        RedLine = RedLines.Flags(s);
        for (var c = 0; c < n; c++)
        {
            var cat = Categories[c];
            Demand[c] = cat.Demand;
            Criticality[c] = cat.Criticality;
            EthicalRisk[c] = cat.EthicalRisk;
            Unlawful[c] = cat.LegalStatus == LegalStatus.Unlawful;
            Contested[c] = cat.LegalStatus == LegalStatus.Contested;
            Operational[c] = cat.Operational;
            Tasked[c] = Scenarios.Demand.IsTasked(cat);
            PricedShortfall[c] = cat.ShortfallValue is not null;
        }
        Incumbent = Array.FindIndex(Vendors, v => v.Role == VendorRole.Incumbent);
        VendorDrawKeys = [.. Vendors.Select(v => DrawKeys.Vendor(v.Name))];
        VendorStreamKeys = [.. Vendors.Select(v => StableHash.Of(v.Name))];
        ContractShares = [.. Categories.Select(c => s.Agency.Contract.Shares.GetValueOrDefault(c.Name))];
        WeightedRunDemand = Scenarios.Demand.WeightedRunDemand(s);
        RedLineRunDemand = Scenarios.Demand.RedLineRunDemand(s);
        FullShortfallCost = Scenarios.Demand.FullShortfallCost(s);
        ScoreWeights = [.. MetricNames.All.Select(m => s.Score.Weights.GetValueOrDefault(m))];
        Stances = new PolicyStance[Vendors.Length][];
        NonNegotiable = new bool[Vendors.Length][];
        for (var v = 0; v < Vendors.Length; v++)
        {
            Stances[v] = new PolicyStance[n];
            NonNegotiable[v] = new bool[n];
            for (var c = 0; c < n; c++)
            {
                if (!Vendors[v].Policy.TryGetValue(Categories[c].Name, out var clause)) continue;
                Stances[v][c] = clause.Stance;
                NonNegotiable[v][c] = clause.NonNegotiable;
            }
        }
    }

    /// <summary>The tables of <paramref name="scenario"/>, computed on first use and kept as long as the scenario is.</summary>
    public static ScenarioTables Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Cache.GetValue(scenario, static s => new ScenarioTables(s));
    }

    /// <summary>The scenario's categories, in its order.</summary>
    public CategorySpec[] Categories { get; }

    /// <summary>The scenario's vendors, in its order.</summary>
    public VendorSpec[] Vendors { get; }

    /// <summary>The category names, in order (read-only: shared by every result of the scenario).</summary>
    public IReadOnlyList<string> CategoryNames { get; }

    /// <summary>The vendor names, in order (read-only: shared by every result of the scenario).</summary>
    public IReadOnlyList<string> VendorNames { get; }

    /// <summary>Weekly demand per category.</summary>
    public double[] Demand { get; }

    /// <summary>Criticality per category.</summary>
    public double[] Criticality { get; }

    /// <summary>Ethical risk per category.</summary>
    public double[] EthicalRisk { get; }

    /// <summary>Whether each category is unlawful (the agency may not task it).</summary>
    public bool[] Unlawful { get; }

    /// <summary>Whether each category's legal status is contested.</summary>
    public bool[] Contested { get; }

    /// <summary>Whether the integrator deploys each category's outputs into operations.</summary>
    public bool[] Operational { get; }

    /// <summary>Whether the agency tasks each category (<see cref="Scenarios.Demand.IsTasked"/>).</summary>
    public bool[] Tasked { get; }

    /// <summary>Whether each category prices its shortfall (<see cref="CategorySpec.ShortfallValue"/> is set).</summary>
    public bool[] PricedShortfall { get; }

    /// <summary>Whether any category prices its shortfall (<see cref="Scenarios.Demand.IsPriced"/>).</summary>
    public bool Priced { get; }

    /// <summary>Whether each category is a red line of the situation (<see cref="RedLines"/>).</summary>
    public bool[] RedLine { get; }

    /// <summary>The incumbent's index among the vendors, or −1.</summary>
    public int Incumbent { get; }

    /// <summary>The draw key of each vendor (<see cref="DrawKeys.Vendor"/> of its name).</summary>
    public ulong[] VendorDrawKeys { get; }

    /// <summary>Each vendor's random-stream key (<see cref="StableHash.Of"/> its name, as <see cref="RandomStream.For"/> makes it).</summary>
    public ulong[] VendorStreamKeys { get; }

    /// <summary>The share of each category the agency's contract gives the incumbent (0 where it names none), before the budget.</summary>
    public double[] ContractShares { get; }

    /// <summary><see cref="Scenarios.Demand.WeightedRunDemand"/>.</summary>
    public double WeightedRunDemand { get; }

    /// <summary><see cref="Scenarios.Demand.RedLineRunDemand"/>.</summary>
    public double RedLineRunDemand { get; }

    /// <summary><see cref="Scenarios.Demand.FullShortfallCost"/>.</summary>
    public double? FullShortfallCost { get; }

    /// <summary>The score's weight of each metric, in <see cref="MetricNames.All"/>'s order (0 where the scenario gives none).</summary>
    public double[] ScoreWeights { get; }

    /// <summary>Each vendor's published stance per category (permitted where its policy says nothing). Copy before changing.</summary>
    public PolicyStance[][] Stances { get; }

    /// <summary>Whether each vendor calls its clause on each category non-negotiable. Copy before changing.</summary>
    public bool[][] NonNegotiable { get; }
}
