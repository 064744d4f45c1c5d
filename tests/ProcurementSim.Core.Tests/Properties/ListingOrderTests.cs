using ProcurementSim.Testing.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Properties;

/// <summary>
/// Names, not positions (DOMAIN.md): the order in which a scenario file lists its categories, vendors, injects and
/// strategies changes no byte of a run's result.json or timeline.csv, and no outcome of a compare (docs/MODEL.md §4.1).
/// </summary>
public sealed class ListingOrderTests
{
    private static readonly string[] Lists = ["categories", "vendors", "injects", "strategies"];
    private static readonly ulong[] Seeds = [1, 11, 20260227, 987654321];

    public static TheoryData<string, string> FilesAndSections()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in ReferenceScenarios.Files)
        {
            foreach (var section in Lists) data.Add(file, section);
            data.Add(file, "all");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FilesAndSections))]
    public void Reversing_a_list_of_the_file_gives_byte_identical_results_for_every_strategy_and_seed(string file, string section)
    {
        var text = ScenarioText.Of(file);
        var reversed = section == "all" ? ScenarioText.Reverse(text, Lists) : ScenarioText.Reverse(text, section);
        var original = Load(text);
        var other = Load(reversed);

        foreach (var strategy in original.Strategies)
        {
            foreach (var seed in Seeds)
            {
                AssertSameFiles(original, other, strategy.Name, seed);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FilesAndSections))]
    public void Reversing_a_list_of_the_file_gives_the_same_compare_outcomes(string file, string section)
    {
        var loaded = ScenarioLoader.LoadText(ScenarioText.Of(file), file);
        var text = ScenarioText.Of(file);
        var reversed = ScenarioLoader.LoadText(section == "all" ? ScenarioText.Reverse(text, Lists) : ScenarioText.Reverse(text, section), file);
        Assert.True(reversed.IsValid, string.Join('\n', reversed.Diagnostics));

        var a = Plan(loaded, design: ExperimentDesign.MonteCarlo);
        var b = Plan(reversed, design: ExperimentDesign.MonteCarlo);
        Assert.Equal(a.Strategies.Select(s => s.Name), b.Strategies.Select(s => s.Name));
        for (var state = 0; state < a.States; state++)
        {
            var x = a.PlayState(state);
            var y = b.PlayState(state);
            Assert.Equal(x.Inputs, y.Inputs);
            for (var k = 0; k < x.Runs.Count; k++)
            {
                Assert.Equal(x.Runs[k].Run, y.Runs[k].Run);
                Assert.Equal(x.Runs[k].Score, y.Runs[k].Score);
                Assert.Equal(x.Runs[k].Metrics, y.Runs[k].Metrics);
                Assert.Equal(x.Runs[k].Capability, y.Runs[k].Capability);
            }
        }
    }

    [Theory]
    [InlineData(ExperimentDesign.MonteCarlo)]
    [InlineData(ExperimentDesign.LatinHypercube)]
    public void Reversing_the_uncertainties_and_levers_keeps_every_inputs_values_and_every_outcome(ExperimentDesign design)
    {
        // An input's draws are keyed by its name (MODEL.md §4.1): listed in another order, each input keeps its values
        // state by state; only the order of the input columns follows the file.
        var text = ScenarioText.Of("usage-policy-standoff.yaml");
        var a = Plan(ScenarioLoader.LoadText(text, "a.yaml"), design);
        var b = Plan(ScenarioLoader.LoadText(ScenarioText.Reverse(text, "uncertainties", "levers"), "b.yaml"), design);
        Assert.Equal(a.Inputs.Select(i => i.Name).Order(StringComparer.Ordinal), b.Inputs.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.NotEqual(a.Inputs.Select(i => i.Name), b.Inputs.Select(i => i.Name));
        for (var state = 0; state < a.States; state++)
        {
            var x = a.PlayState(state);
            var y = b.PlayState(state);
            var xs = a.Inputs.Select((input, j) => (input.Name, x.Inputs[j])).OrderBy(p => p.Name, StringComparer.Ordinal);
            var ys = b.Inputs.Select((input, j) => (input.Name, y.Inputs[j])).OrderBy(p => p.Name, StringComparer.Ordinal);
            Assert.Equal(xs, ys);
            Assert.Equal(x.Runs.Select(r => (r.Score, r.Metrics)), y.Runs.Select(r => (r.Score, r.Metrics)));
        }
    }

    [Fact]
    public void The_loaded_scenario_lists_categories_and_vendors_by_name_whatever_the_file_order()
    {
        var text = ScenarioText.Of("usage-policy-standoff.yaml");
        var s = Load(ScenarioText.Reverse(text, Lists));

        Assert.Equal(s.Categories.Select(c => c.Name).Order(StringComparer.Ordinal), s.Categories.Select(c => c.Name));
        Assert.Equal(s.Vendors.Select(v => v.Name).Order(StringComparer.Ordinal), s.Vendors.Select(v => v.Name));
        // Strategies and injects keep the file's order: the first strategy is the default of a single run, and
        // injects.INDEX paths count in the file.
        Assert.Equal("immediate_termination", s.Strategies[0].Name);
        Assert.Equal(InjectKind.LegalChallenge, s.Injects[0].Kind);
    }

    [Fact]
    public void Diagnostics_still_point_at_the_file_line_of_the_item_in_a_reordered_file()
    {
        // The sort comes after validation, so a mistake in the last category of the reversed file (the first of the
        // original) is reported at its own line and under its own position in the file.
        var text = ScenarioText.Reverse(ScenarioText.Of("usage-policy-standoff.yaml"), "categories");
        Assert.Equal(1, text.Split("demand: 400").Length - 1);
        text = text.Replace("demand: 400", "demand: -400", StringComparison.Ordinal);
        var result = ScenarioLoader.LoadText(text, "reordered.yaml");

        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("demand: -400", StringComparison.Ordinal)) + 1;
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("reordered.yaml", line), (diagnostic.File, diagnostic.Line));
        Assert.Contains("categories[6].demand", diagnostic.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 25)]
    public Property Any_permutation_of_the_lists_gives_byte_identical_results() =>
        Prop.ForAll(Permutations().ToArbitrary(), p =>
        {
            var text = ScenarioText.Of(p.File);
            foreach (var (section, order) in p.Orders) text = ScenarioText.Reorder(text, section, n => Fit(order, n));
            var original = Load(ScenarioText.Of(p.File));
            var other = Load(text);
            AssertSameFiles(original, other, p.Strategy, p.Seed);
        });

    /// <summary>A reference file, one permutation per list, a strategy and a seed.</summary>
    public sealed record Permutation(string File, (string Section, int[] Order)[] Orders, string Strategy, ulong Seed)
    {
        public override string ToString() =>
            $"{File} {Strategy} seed {Seed}: " + string.Join("; ", Orders.Select(o => $"{o.Section} [{string.Join(",", o.Order)}]"));
    }

    private static Gen<Permutation> Permutations() =>
        from file in Gen.Elements(ReferenceScenarios.Files.ToArray())
        let s = ReferenceScenarios.Load(file)
        from strategy in Gen.Elements(s.Strategies.Select(x => x.Name).ToArray())
        from seed in Gen.Choose(0, int.MaxValue).Select(i => (ulong)i)
        from categories in Gen.Shuffle(Enumerable.Range(0, 16).ToArray())
        from vendors in Gen.Shuffle(Enumerable.Range(0, 16).ToArray())
        from injects in Gen.Shuffle(Enumerable.Range(0, 16).ToArray())
        from strategies in Gen.Shuffle(Enumerable.Range(0, 16).ToArray())
        select new Permutation(file, [("categories", categories), ("vendors", vendors), ("injects", injects), ("strategies", strategies)], strategy, seed);

    /// <summary>A permutation of 0..n−1: the order of the first n numbers in a shuffle of 0..15 (lists here have at most 16 items).</summary>
    private static int[] Fit(int[] shuffle, int n)
    {
        Assert.InRange(n, 0, shuffle.Length);
        return [.. shuffle.Where(i => i < n)];
    }

    private static void AssertSameFiles(Scenario a, Scenario b, string strategy, ulong seed)
    {
        var x = Simulator.Run(a, a.FindStrategy(strategy)!, seed);
        var y = Simulator.Run(b, b.FindStrategy(strategy)!, seed);
        Assert.True(ResultJsonWriter.ToBytes(x).AsSpan().SequenceEqual(ResultJsonWriter.ToBytes(y)), $"result.json differs: {strategy}, seed {seed}");
        Assert.True(TimelineCsvWriter.ToBytes(x).AsSpan().SequenceEqual(TimelineCsvWriter.ToBytes(y)), $"timeline.csv differs: {strategy}, seed {seed}");
    }

    private static Scenario Load(string yaml)
    {
        var result = ScenarioLoader.LoadText(yaml, "scenario.yaml");
        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        return result.Scenario!;
    }

    private static ExperimentPlan Plan(LoadResult loaded, ExperimentDesign design)
    {
        var s = loaded.Scenario!;
        var request = new ExperimentRequest(design, 12, 2, 7, [.. s.Strategies.Select(x => x.Name)], IncludeLevers: true, RecordCapability: true);
        Assert.True(ExperimentPlan.TryCreate(s, loaded.Experiment, request, out var plan, out var error), error);
        return plan!;
    }
}
