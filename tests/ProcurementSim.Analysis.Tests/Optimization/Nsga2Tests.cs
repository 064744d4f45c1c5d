using ProcurementSim.Analysis.Optimization;

namespace ProcurementSim.Analysis.Tests.Optimization;

/// <summary>
/// NSGA-II on the classic test problems, judged by hypervolume against the true fronts (reference point 1.1 in every
/// objective), with the budgets below; docs/MODEL.md §13.14 states the same figures. Measured with seed 7: ZDT1 99.1 %,
/// ZDT2 98.7 %, ZDT3 99.7 %, DTLZ2 84.8 % of the true front's volume (100 points cannot cover the sphere's octant, and
/// NSGA-II's crowding spreads poorly in three objectives; published NSGA-II figures on DTLZ2 are of the same size).
/// </summary>
public sealed class Nsga2Tests
{
    private const double Reference = 1.1;

    [Theory]
    [InlineData("zdt1", 0.98)]
    [InlineData("zdt2", 0.975)]
    [InlineData("zdt3", 0.98)]
    public void On_ZDT_with_30_variables_100_candidates_and_250_generations_the_front_nears_the_true_one(string problem, double fraction)
    {
        var (f, truth) = problem switch
        {
            "zdt1" => ((Func<double[], double[]>)TestProblems.Zdt1, TestProblems.Zdt1TrueVolume(Reference)),
            "zdt2" => (TestProblems.Zdt2, TestProblems.Zdt2TrueVolume(Reference)),
            _ => (TestProblems.Zdt3, TestProblems.Zdt3TrueVolume(Reference)),
        };

        var result = Nsga2.Run(TestProblems.Unit(30), new Nsga2Settings(100, 250, 7), TestProblems.Batch(f))!;

        var volume = Hypervolume.Of(result.Front.Select(c => c.Objectives), [Reference, Reference]);
        Assert.True(volume >= fraction * truth, $"{problem}: hypervolume {volume:F4}, true front's {truth:F4} ({volume / truth:P1})");
        Assert.True(volume <= truth + 1e-9, $"{problem}: hypervolume {volume:F4} beats the true front's {truth:F4}");
    }

    [Fact]
    public void On_DTLZ2_with_3_objectives_12_variables_100_candidates_and_250_generations_the_front_nears_the_sphere()
    {
        var result = Nsga2.Run(TestProblems.Unit(12), new Nsga2Settings(100, 250, 7), TestProblems.Batch(TestProblems.Dtlz2))!;

        var volume = Hypervolume.Of(result.Front.Select(c => c.Objectives), [Reference, Reference, Reference]);
        var truth = TestProblems.Dtlz2TrueVolume(Reference);
        Assert.True(volume >= 0.82 * truth, $"hypervolume {volume:F4}, true front's {truth:F4} ({volume / truth:P1})");
        Assert.True(volume <= truth + 1e-9);
    }

    [Fact]
    public void A_random_search_of_the_same_budget_falls_far_short_on_ZDT1()
    {
        const int population = 100, generations = 100;
        var nsga = Nsga2.Run(TestProblems.Unit(30), new Nsga2Settings(population, generations, 3), TestProblems.Batch(TestProblems.Zdt1))!;
        var random = new SearchRandom(3);
        var sampled = Enumerable.Range(0, population * (generations + 1))
            .Select(_ => TestProblems.Zdt1([.. Enumerable.Range(0, 30).Select(_ => random.NextDouble())])).ToList();

        var searched = Hypervolume.Of(nsga.Front.Select(c => c.Objectives), [Reference, Reference]);
        var blind = Hypervolume.Of(sampled, [Reference, Reference]);

        Assert.Equal(population * (generations + 1), nsga.Evaluations);
        Assert.True(searched > blind + 0.5, $"NSGA-II {searched:F4}, random search {blind:F4}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_population_and_another_seed_another()
    {
        Nsga2Result Search(ulong seed) => Nsga2.Run(TestProblems.Unit(10), new Nsga2Settings(20, 15, seed), TestProblems.Batch(TestProblems.Zdt3))!;
        static string Text(Nsga2Result r) => string.Join(';', r.Population.Select(c => string.Join(',', c.Genes.Select(g => g.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.Equal(Text(Search(5)), Text(Search(5)));
        Assert.NotEqual(Text(Search(5)), Text(Search(6)));
    }

    [Fact]
    public void Integer_variables_stay_whole_numbers_within_their_bounds_and_reach_both_ends()
    {
        DecisionVariable[] variables = [new("n", 4, 20, true), new("x", 0, 1, false)];
        // Minimise n and maximise n: both ends of the integer range are on the front.
        var result = Nsga2.Run(variables, new Nsga2Settings(12, 20, 1), batch => [.. batch.Select(g => new[] { g[0] + g[1], -g[0] + g[1] })])!;

        Assert.All(result.Population, c => Assert.True(c.Genes[0] == Math.Round(c.Genes[0]) && c.Genes[0] is >= 4 and <= 20));
        Assert.Contains(result.Front, c => c.Genes[0] == 4);
        Assert.Contains(result.Front, c => c.Genes[0] == 20);
    }

    [Fact]
    public void An_evaluator_that_stops_ends_the_search_with_the_last_complete_generation()
    {
        var calls = 0;
        var result = Nsga2.Run(TestProblems.Unit(5), new Nsga2Settings(8, 10, 1), batch => ++calls > 3 ? null : [.. batch.Select(TestProblems.Zdt1)])!;

        Assert.False(result.Complete);
        Assert.Equal(2, result.Generations);
        Assert.Equal(3, result.Fronts.Count);
        Assert.Null(Nsga2.Run(TestProblems.Unit(5), new Nsga2Settings(8, 10, 1), _ => null));
    }

    [Fact]
    public void Every_member_of_the_returned_front_is_non_dominated_in_the_population()
    {
        var result = Nsga2.Run(TestProblems.Unit(30), new Nsga2Settings(40, 30, 2), TestProblems.Batch(TestProblems.Zdt2))!;

        foreach (var c in result.Front)
        {
            Assert.DoesNotContain(result.Population, other => Dominance.Dominates(other.Objectives, c.Objectives));
        }
    }
}
