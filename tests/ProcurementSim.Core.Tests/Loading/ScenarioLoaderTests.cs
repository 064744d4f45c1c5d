using System.Text;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Tests.Loading;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Three_independent_mistakes_are_all_reported_at_once_in_file_order()
    {
        var text = ValidScenarios.Minimal
            .Replace("ticks: 52", "ticks: 0", StringComparison.Ordinal)
            .Replace("demand: 40", "demand: -1", StringComparison.Ordinal)
            .Replace("price: 10", "price: abc", StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "three.yaml");

        Assert.Null(result.Scenario);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal("three.yaml:2:8: ticks: expected a whole number from 1 to 10000, got 0", d.ToString()),
            d => Assert.Equal("three.yaml:7:13: categories[1].demand: expected a number >= 0, got -1", d.ToString()),
            d => Assert.Equal("three.yaml:20:12: vendors[0].price: expected a number >= 0, got 'abc'", d.ToString()));
    }

    [Fact]
    public void A_minimal_scenario_loads_with_every_default_applied()
    {
        var result = ScenarioLoader.LoadText(ValidScenarios.Minimal, "minimal.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.True(result.IsValid);
        var s = result.Scenario!;
        Assert.Equal(("minimal", "", 52, 1UL, 0.7, 0.3), (s.Name, s.Description, s.Ticks, s.Seed, s.CapabilityThreshold, s.ReviewOverhead));
        // The file lists intel, then cyber; the scenario holds its categories in ordinal name order (MODEL.md §4.2).
        Assert.Equal(
            [new CategorySpec("cyber", 40, 1, 0, LegalStatus.Lawful, false), new CategorySpec("intel", 100, 1, 0, LegalStatus.Lawful, false)],
            s.Categories);
        Assert.Equal(50000, s.Agency.WeeklyBudget);
        Assert.Empty(s.Agency.DemandedClauses);
        Assert.Equal(("lab", 12, 100000.0), (s.Agency.Contract.Vendor, s.Agency.Contract.NoticeWeeks, s.Agency.Contract.TerminationFee));
        // Shares are per category, so together they may exceed 1.
        Assert.Equal(new Dictionary<string, double> { ["intel"] = 1, ["cyber"] = 1 }, s.Agency.Contract.Shares);
        var lab = Assert.Single(s.Vendors);
        Assert.Equal(
            ("lab", VendorRole.Incumbent, 0.9, 200.0, 10.0, 0.7, 0.5, 0.0),
            (lab.Name, lab.Role, lab.Quality, lab.Capacity, lab.Price, lab.Trust, lab.ReputationSensitivity, lab.ConcessionProbability));
        Assert.Empty(lab.Policy);
        Assert.Null(lab.Replacement);
        Assert.Equal(new IntegratorSpec(0, null), s.Integrator);
        Assert.Empty(s.Injects);
        var keep = Assert.Single(s.Strategies);
        Assert.Equal(("keep", StrategyKind.StatusQuo), (keep.Name, keep.Kind));
        Assert.Empty(keep.Parameters.Values);
        Assert.Equal(MetricNames.All, s.Score.Weights.Keys);
        Assert.All(s.Score.Weights.Values, w => Assert.Equal(1, w));
        // Derived references, worked by hand: demand 140 a week, 52 weeks, incumbent price 10, no ethical risk.
        Assert.Equal(2 * 52 * 140 * 10, s.Score.CostReference);
        Assert.Equal(52 * 140 * 0.25, s.Score.ConflictReference);
        Assert.Equal(5, s.Score.BreachReference);
        Assert.Equal(1, s.Score.ExposureReference);
    }

    [Fact]
    public void A_full_scenario_keeps_every_value_it_gives_and_fills_the_rest()
    {
        var result = ScenarioLoader.LoadText(ValidScenarios.Full, "full.yaml");

        Assert.Empty(result.Diagnostics);
        var s = result.Scenario!;
        Assert.Equal("The Agency relies on the Incumbent lab, whose policy forbids autonomous lethal weapons.", s.Description);
        Assert.Equal((104, 42UL, 0.75, 0.25), (s.Ticks, s.Seed, s.CapabilityThreshold, s.ReviewOverhead));
        // Categories in ordinal name order (MODEL.md §4.2): the file's third comes first.
        Assert.Equal(new CategorySpec("autonomous_lethal_weapons", 10, 0.5, 1, LegalStatus.Unlawful, true), s.Categories[0]);
        Assert.Equal(["all_lawful_uses", "human_oversight"], s.Agency.DemandedClauses);

        var incumbent = s.Vendors[0];
        Assert.Equal(new PolicyClause(PolicyStance.Conditional, false), incumbent.Policy["weapons_development"]);
        Assert.Equal(new PolicyClause(PolicyStance.Prohibited, true), incumbent.Policy["autonomous_lethal_weapons"]);
        Assert.Equal(new ReplacementSpec(16, 0.1, 8, 2000000, 0.9, 0.1, true), s.Vendors[1].Replacement);
        Assert.Equal(new IntegratorSpec(0.02, "autonomous_lethal_weapons"), s.Integrator);

        Assert.Equal(
            [
                new InjectSpec(InjectKind.PublicReport, 8, 0, null, 0.2, 0),
                new InjectSpec(InjectKind.ClarificationRequest, 9, 0, "incumbent", 0.1, 4),
                new InjectSpec(InjectKind.AccreditationDelay, null, 0.01, "vendor-a", 0, 6),
            ],
            s.Injects);

        var carveOut = s.FindStrategy("carve-out")!.Parameters.Values;
        // start_when is not given: its default (no wait) fills in.
        Assert.Equal(new Dictionary<string, object> { ["rounds"] = 6, ["start_week"] = 2, ["round_interval_weeks"] = 4, ["start_when"] = Trigger.Always }, carveOut);
        var phase = s.FindStrategy("phase-out")!.Parameters;
        Assert.Equal(("vendor-a", 0.2, 4, 0.2), (phase.Text("replacement"), phase.Number("step"), phase.Int("start_week"), phase.Number("floor")));
        Assert.IsType<double>(phase.Values["step"]);
        Assert.IsType<int>(phase.Values["start_week"]);
        var ultimatum = s.FindStrategy("ultimatum")!.Parameters;
        Assert.Equal(("immediate_termination", 0.9, 4), (ultimatum.Text("on_refusal"), ultimatum.Number("cutover_readiness"), ultimatum.Int("issue_week")));

        Assert.Equal(new Dictionary<string, double> { ["mission_capability_mean"] = 3, ["red_line_breaches"] = 2 }, s.Score.Weights);
        Assert.Equal(2.0e8, s.Score.CostReference);
        Assert.Equal(104 * 150 * 0.25, s.Score.ConflictReference);
        Assert.Equal(3, s.Score.BreachReference);
        // 104 weeks x (100 x 0.1 + 40 x 0.5 + 10 x 1).
        Assert.Equal(104 * 40.0, s.Score.ExposureReference, 9);
    }

    [Fact]
    public void Anchors_and_aliases_within_the_budget_are_read_as_copies()
    {
        var result = ScenarioLoader.LoadText(ValidScenarios.WithAliases, "aliased.yaml");

        Assert.Empty(result.Diagnostics);
        var s = result.Scenario!;
        Assert.All(s.Vendors, v => Assert.Equal(5, v.Price));
        // Vendors in ordinal name order (MODEL.md §4.2): a, b, lab; b's replacement block is an alias of a's.
        Assert.Equal(["a", "b", "lab"], s.Vendors.Select(v => v.Name));
        Assert.Equal(s.Vendors[0].Replacement, s.Vendors[1].Replacement);
        Assert.Equal(0, s.FindStrategy("replace")!.Parameters.Int("solicit_week"));
    }

    [Fact]
    public void A_missing_file_gives_one_diagnostic_at_line_1_column_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-scenario-{Guid.NewGuid():N}.yaml");

        var result = ScenarioLoader.LoadFile(path);

        var d = Assert.Single(result.Diagnostics);
        Assert.Null(result.Scenario);
        Assert.Equal((path, 1, 1), (d.File, d.Line, d.Column));
        Assert.Contains("does not exist", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_not_read_as_a_scenario()
    {
        var result = ScenarioLoader.LoadFile(Path.GetTempPath());

        Assert.Contains("is a directory", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused_before_parsing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.yaml");
        // Unparseable beyond the first byte: if the loader parsed it, it would report a syntax error instead.
        File.WriteAllText(path, "{" + new string('[', 1024 * 1024));
        try
        {
            var d = Assert.Single(ScenarioLoader.LoadFile(path).Diagnostics);
            Assert.Equal((1, 1), (d.Line, d.Column));
            Assert.Contains("larger than 1 MiB", d.Message, StringComparison.Ordinal);
            Assert.Contains("larger than 1 MiB", Assert.Single(ScenarioLoader.LoadText(new string('#', 1024 * 1024 + 1), "big.yaml").Diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"latin1-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("name: caf"), 0xE9, (byte)'\n']);
        try
        {
            Assert.Contains("not valid UTF-8", Assert.Single(ScenarioLoader.LoadFile(path).Diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_loads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, ValidScenarios.Minimal, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.True(ScenarioLoader.LoadFile(path).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_says_what_a_scenario_needs(string text)
    {
        var d = Assert.Single(ScenarioLoader.LoadText(text, "empty.yaml").Diagnostics);

        Assert.Equal("empty.yaml:1:1: scenario: the file is empty; expected a mapping of scenario keys (name, ticks, categories, agency, vendors, strategies, ...)", d.ToString());
    }

    [Fact]
    public void A_key_misspelt_beyond_recognition_lists_the_valid_keys()
    {
        var text = ValidScenarios.Minimal.Replace("ticks: 52", "ticks: 52\nzzz: 1", StringComparison.Ordinal);

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        // Seventeen keys since `seminar`: the sentence lists the first sixteen (DidYouMean's limit) and says there are more.
        Assert.Equal(
            "zzz: unknown key; expected one of name, description, ticks, seed, capability_threshold, review_overhead, categories, agency, vendors, integrator, injects, strategies, score, uncertainties, levers, robustness, ...",
            d.Message);
    }

    [Fact]
    public void A_number_where_text_is_expected_suggests_quoting_it()
    {
        var text = ValidScenarios.Minimal.Replace("name: minimal", "name: 2024", StringComparison.Ordinal);

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        Assert.Equal("name: expected a name of lowercase letters, digits, '_' and '-' that starts with a letter or digit, got '2024' (put it in quotes to make it text)", d.Message);
        Assert.True(ScenarioLoader.LoadText(ValidScenarios.Minimal.Replace("name: minimal", "name: '2024'", StringComparison.Ordinal), "s.yaml").IsValid);
    }

    [Fact]
    public void A_whole_number_may_be_written_with_a_zero_fraction_as_in_json()
    {
        var text = ValidScenarios.Minimal.Replace("ticks: 52", "ticks: 52.0\nseed: 7.0", StringComparison.Ordinal);

        var s = ScenarioLoader.LoadText(text, "s.yaml").Scenario!;

        Assert.Equal((52, 7UL), (s.Ticks, s.Seed));
    }
}
