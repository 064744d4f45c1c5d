using FsCheck;
using FsCheck.Fluent;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Properties;

/// <summary>A reference scenario with its uncertain numbers redrawn, a strategy and a seed.</summary>
public sealed record Variant(Scenario Scenario, StrategySpec Strategy, ulong Seed)
{
    public override string ToString() =>
        $"{Strategy.Name}, seed {Seed}, ticks {Scenario.Ticks}, budget {Scenario.Agency.WeeklyBudget:0}, " +
        $"capacities [{string.Join(", ", Scenario.Vendors.Select(v => v.Capacity.ToString("0")))}], misuse {Scenario.Integrator.MisuseProbability:0.00}";
}

internal static class ScenarioVariants
{
    private static readonly Gen<double> Unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    public static Arbitrary<Variant> Arbitrary() => Arb.From(Generator());

    private static Gen<Variant> Generator() =>
        from file in Gen.Elements(ReferenceScenarios.Files.ToArray())
        let baseline = ReferenceScenarios.Load(file)
        from strategy in Gen.Elements(baseline.Strategies.ToArray())
        from seed in Gen.Choose(0, int.MaxValue).Select(i => (ulong)i)
        from ticks in Gen.Choose(1, baseline.Ticks)
        from budget in Gen.Choose(5, 200).Select(i => i / 100.0)
        from capacities in Gen.ArrayOf(Gen.Choose(5, 200).Select(i => i / 100.0), baseline.Vendors.Count)
        from failures in Gen.ArrayOf(Unit, baseline.Vendors.Count)
        from concession in Unit
        from misuse in Unit
        select new Variant(Vary(baseline, ticks, budget, capacities, failures, concession, misuse), strategy, seed);

    private static Scenario Vary(Scenario s, int ticks, double budget, double[] capacities, double[] failures, double concession, double misuse)
    {
        var vendors = s.Vendors.Select((v, i) => v with
        {
            Capacity = v.Capacity * capacities[i],
            ConcessionProbability = concession,
            Replacement = v.Replacement is null ? null : v.Replacement with { AccreditationFailureProbability = failures[i] },
        }).ToList();
        var misuseCategory = s.Integrator.MisuseCategory ?? s.Categories[^1].Name;
        return s with
        {
            Ticks = ticks,
            Agency = s.Agency with { WeeklyBudget = s.Agency.WeeklyBudget * budget },
            Vendors = vendors,
            Integrator = new IntegratorSpec(misuse, misuseCategory),
            Injects = [.. s.Injects.Where(i => i.At is null || i.At < ticks)],
        };
    }
}
