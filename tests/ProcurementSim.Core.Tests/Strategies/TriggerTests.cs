using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Loading;

namespace ProcurementSim.Core.Tests.Strategies;

/// <summary>Trigger conditions: the grammar outcome conditions use, over signposts, with flags, and their diagnostics in a scenario file.</summary>
public sealed class TriggerTests
{
    /// <summary>Week 12, one incident, accredited, readiness 0.5; every other signpost 0.</summary>
    private static double Signpost(string name) => name switch
    {
        "week" => 12,
        "incidents" => 1,
        "accredited" => 1,
        "readiness" => 0.5,
        _ => 0,
    };

    private static bool Holds(string text) => Trigger.Parse(text).IsMet(Signpost);

    [Theory]
    [InlineData("accredited", true)]
    [InlineData("not accredited", false)]
    [InlineData("accreditation_failed", false)]
    [InlineData("accredited and readiness >= 0.8", false)]
    [InlineData("accredited and readiness >= 0.5", true)]
    [InlineData("incidents >= 1 or week >= 30", true)]
    [InlineData("breaches >= 1 or week >= 30", false)]
    [InlineData("(breaches >= 1 or week >= 10) and not accreditation_failed", true)]
    [InlineData("always", true)]
    [InlineData("  ALWAYS ", true)]
    public void A_trigger_reads_signposts_and_flags(string text, bool expected) => Assert.Equal(expected, Holds(text));

    [Theory]
    // A flag may stand alone; a measured signpost may not: "readiness" at column 1 ends at 9, the operator is missing at 10.
    [InlineData("readiness", 10, "a comparison operator (<, <=, >, >=, ==, !=) after 'readiness'")]
    [InlineData("acredited", 1, "a signpost; 'acredited' is not one (did you mean 'accredited'?); the known names are week, incidents,")]
    // A metric is not a signpost: nothing is close, the list of signposts follows.
    [InlineData("week >= 3 and total_cost > 5", 15, "'total_cost' is not one; the known names are week, incidents, breaches, public_reports,")]
    [InlineData("", 1, "a condition such as 'incidents >= 1 or week >= 30'; the text is empty")]
    public void A_mistake_names_the_column_and_the_known_signposts(string text, int column, string fragment)
    {
        Assert.False(Trigger.TryParse(text, out _, out var error, out var actual));
        Assert.Equal(column, actual);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_conditions_take_no_signposts_and_no_bare_names()
    {
        // The shared grammar keeps each vocabulary: a signpost is not a metric, and a metric cannot stand alone.
        Assert.False(Core.Experiments.Conditions.Condition.TryParse("accredited", out _, out var e1, out _));
        Assert.Contains("'accredited' is not one", e1, StringComparison.Ordinal);
        Assert.False(Core.Experiments.Conditions.Condition.TryParse("red_line_breaches", out _, out var e2, out _));
        Assert.Contains("a comparison operator", e2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_is_rewritten_in_canonical_text()
    {
        var t = Trigger.Parse("accredited   and  (readiness>=0.8 or week >= 40)");

        Assert.Equal([0.8], t.Thresholds("readiness"));
        var changed = t.WithThreshold("readiness", 0.65);

        // Parentheses stay where precedence needs them; spacing is normalised; the flag is untouched.
        Assert.Equal("accredited and (readiness >= 0.65 or week >= 40)", changed.Text);
        Assert.True(changed.IsMet(n => n switch { "accredited" => 1, "readiness" => 0.7, _ => 0 }));
        Assert.False(t.IsMet(n => n switch { "accredited" => 1, "readiness" => 0.7, _ => 0 }));
    }

    private const string Replacing = """
          - name: replace
            kind: structured_replacement
            params:
              start_when: incidents >= 1 or week >= 30
              cutover_when: accredited and readiness >= 0.9
              on_accreditation_failure: negotiate
        """;

    [Fact]
    public void Triggers_and_the_fallback_load_from_the_strategy_parameters()
    {
        var loaded = ScenarioLoader.LoadText(ValidScenarios.Minimal + "\n" + Replacing, "s.yaml");

        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        var p = loaded.Scenario!.FindStrategy("replace")!.Parameters;
        Assert.Equal("incidents >= 1 or week >= 30", p.Trigger("start_when").Text);
        Assert.Equal("accredited and readiness >= 0.9", p.Trigger("cutover_when").Text);
        Assert.Equal("negotiate", p.Text("on_accreditation_failure"));
        var keep = ScenarioLoader.LoadText(ValidScenarios.Minimal, "s.yaml").Scenario!;
        Assert.Empty(keep.Strategies[0].Parameters.Values);
    }

    [Fact]
    public void A_trigger_mistake_points_at_its_line_and_column_and_names_the_field()
    {
        var text = ValidScenarios.Minimal + "\n" + Replacing.Replace("accredited and", "acredited and", StringComparison.Ordinal);
        // Minimal ends with its last line; "\n" adds one; cutover_when is the fifth line of Replacing.
        var line = ValidScenarios.Minimal.Split('\n').Length + 5;

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        Assert.Equal(line, d.Line);
        // "      cutover_when: " is 20 characters: the plain value, and its first word, start at column 21.
        Assert.Equal(21, d.Column);
        Assert.StartsWith("strategies[1].params.cutover_when: expected a signpost; 'acredited' is not one (did you mean 'accredited'?); the known names are week,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_trigger_points_inside_the_quotes()
    {
        var text = ValidScenarios.Minimal + "\n" + Replacing.Replace("incidents >= 1 or week >= 30", "\"incidents >= 1 or wek >= 30\"", StringComparison.Ordinal);

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        // "      start_when: " is 18 characters, the quote at 19, the text from 20; "wek" is its 19th character: 20 + 18 = 38.
        Assert.Equal(38, d.Column);
        Assert.Contains("did you mean 'week'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fallback_outside_its_choices_is_refused()
    {
        var text = ValidScenarios.Minimal + "\n" + Replacing.Replace("negotiate", "negotiat", StringComparison.Ordinal);

        var d = Assert.Single(ScenarioLoader.LoadText(text, "s.yaml").Diagnostics);

        Assert.Contains("on_accreditation_failure", d.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'negotiate'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lever_may_name_a_triggers_threshold_and_gets_the_signposts_range()
    {
        var text = ValidScenarios.Minimal + "\n" + Replacing + "\nlevers:\n  - {strategy: replace, param: cutover_when.readiness, min: 0.5, max: 1}\n";

        var loaded = ScenarioLoader.LoadText(text, "s.yaml");

        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        var lever = Assert.Single(loaded.Experiment.Levers);
        Assert.Equal(("replace.cutover_when.readiness", "cutover_when.readiness"), (lever.Name, lever.Parameter));
        Assert.Equal((0.5, 1.0), (lever.Range.Min, lever.Range.Max));
    }

    [Theory]
    // start_when compares incidents and week, not readiness.
    [InlineData("param: start_when.readiness, min: 0.5, max: 1", "compares readiness 0 times")]
    [InlineData("param: step_when.readiness, min: 0.5, max: 1", "'step_when' is not a trigger of structured_replacement; its triggers are start_when, cutover_when")]
    [InlineData("param: cutover_when.readyness, min: 0.5, max: 1", "'readyness' is not a signpost; the signposts are week,")]
    // readiness is at most 1.
    [InlineData("param: cutover_when.readiness, min: 0.5, max: 2", "outside the range")]
    // week is a whole number.
    [InlineData("param: start_when.week, min: 10.5, max: 40", "not a whole number")]
    public void A_lever_on_a_threshold_the_strategy_cannot_vary_is_refused(string lever, string fragment)
    {
        var text = ValidScenarios.Minimal + "\n" + Replacing + $"\nlevers:\n  - {{strategy: replace, {lever}}}\n";

        var messages = ScenarioLoader.LoadText(text, "s.yaml").Diagnostics.Select(d => d.Message).ToList();

        Assert.Contains(messages, m => m.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Phased_reduction_waits_for_accreditation_by_default_and_every_other_trigger_waits_for_nothing()
    {
        foreach (var def in StrategyCatalog.All)
        {
            foreach (var p in def.Parameters.Where(p => p.Type == ParameterType.Trigger))
            {
                var expected = def.Kind == StrategyKind.PhasedReduction && p.Name == "step_when" ? "accredited" : Trigger.AlwaysText;
                Assert.Equal(expected, ((Trigger)p.Default!).Text);
            }
        }
    }
}
