using System.Globalization;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Testing.Scenarios;
using ProcurementSim.Workbench.Editing;

namespace ProcurementSim.Workbench.Tests;

/// <summary>
/// The form's strategy parameters, triggers and score weights come from the Core's catalogs, written or not; a value
/// the text leaves out is written into it at the right place, in the text's style, every other byte kept.
/// </summary>
public sealed class FormFieldTests
{
    private static readonly string Standoff = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
    private static readonly string Teaching = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal);

    private static FormField Field(string yaml, string strategy, string path) =>
        FormCatalog.Fields(YamlLeaves.Outline(yaml), strategy).Single(f => f.Path == path);

    // Writes a value the text leaves out, as the page does, and checks that the text only gained the inserted bytes.
    private static string Insert(string yaml, FormField field, string value)
    {
        Assert.False(field.Written, field.Path + " is already written");
        var insertion = Assert.IsType<Insertion>(field.Insert);
        var changed = insertion.Apply(yaml, value);
        var added = insertion.Before.Length + value.Length + insertion.After.Length;
        Assert.Equal(yaml, changed.Remove(insertion.At, added));
        return changed;
    }

    private static Scenario Loads(string yaml)
    {
        var loaded = ScenarioLoader.LoadText(yaml, "scenario.yaml");
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics) + "\n" + yaml);
        return loaded.Scenario!;
    }

    private static StrategyParameters Params(Scenario s, string strategy) => s.Strategies.Single(x => x.Name == strategy).Parameters;

    [Fact]
    public void Every_parameter_of_every_strategy_kind_is_a_field_with_the_catalogs_help_and_the_default_when_not_written()
    {
        var outline = YamlLeaves.Outline(Standoff);
        var scenario = ReferenceScenarios.StandoffScenario;
        Assert.Equal(StrategyCatalog.All.Select(d => d.Kind).Order(), scenario.Strategies.Select(s => s.Kind).Order());
        foreach (var strategy in scenario.Strategies)
        {
            var definition = StrategyCatalog.Get(strategy.Kind);
            var fields = FormCatalog.Fields(outline, strategy.Name).Where(f => f.Group.StartsWith("Strategy", StringComparison.Ordinal)).ToList();
            Assert.Equal(definition.Parameters.Select(p => $"strategies.{strategy.Name}.params.{p.Name}"), fields.Select(f => f.Path));
            foreach (var (p, f) in definition.Parameters.Zip(fields))
            {
                Assert.Contains(p.Description, f.Help, StringComparison.OrdinalIgnoreCase);
                var written = outline.Leaf(f.Path);
                Assert.Equal(written is not null, f.Written);
                // The value the form shows is the one the Core plays: the file's, else the catalog's default.
                var played = strategy.Parameters.Values[p.Name];
                if (played is int or double) Assert.Equal(Convert.ToDouble(played, CultureInfo.InvariantCulture), double.Parse(f.Value, CultureInfo.InvariantCulture));
                else Assert.Equal(Text(played), f.Value);
                if (written is null)
                {
                    Assert.Equal(Text(p.Default!), f.Value);
                    Assert.Equal(f.Value, f.Default);
                    Assert.NotNull(f.Insert);
                }
                if (p.Type is ParameterType.Integer or ParameterType.Number)
                {
                    Assert.Equal("number", f.Kind);
                    Assert.Equal(p.Min, f.Min);
                    Assert.True(f.Max <= p.Max && f.Max > f.Min, $"{f.Path}: slider {f.Min}–{f.Max}, catalog {p.Min}–{p.Max}");
                }
                if (p.Type == ParameterType.Choice) Assert.Equal(p.Choices, f.Choices);
                if (p.Type == ParameterType.Trigger) Assert.Equal("text", f.Kind);
            }
        }
    }

    [Fact]
    public void A_trigger_and_a_choice_the_reference_leaves_at_their_defaults_say_so()
    {
        var when = Field(Standoff, "structured_replacement", "strategies.structured_replacement.params.cutover_when");
        Assert.Equal(("text", "always", false), (when.Kind, when.Value, when.Written));
        Assert.Contains("signposts: week, incidents", when.Help, StringComparison.Ordinal);
        var failure = Field(Standoff, "structured_replacement", "strategies.structured_replacement.params.on_accreditation_failure");
        Assert.Equal(("choice", "next_bid", false), (failure.Kind, failure.Value, failure.Written));
        Assert.Equal(["next_bid", "negotiate"], failure.Choices);
        // A written one is written, at its place.
        var start = Field(Standoff, "structured_replacement", "strategies.structured_replacement.params.start_when");
        Assert.True(start.Written);
        Assert.Equal("\"public_reports >= 1 or incidents >= 1\"", Standoff[start.Start..start.End]);
    }

    [Fact]
    public void Every_score_weight_is_a_field_the_unwritten_weighing_0_beside_written_weights_and_1_without_any()
    {
        var fields = FormCatalog.Fields(YamlLeaves.Outline(Standoff), null).Where(f => f.Group == FormCatalog.WeightsGroup).ToList();
        Assert.Equal(MetricNames.All.Select(m => "score.weights." + m), fields.Select(f => f.Path));
        var shortfall = fields.Single(f => f.Path == "score.weights.shortfall_cost");
        Assert.Equal(("0", false), (shortfall.Value, shortfall.Written));
        Assert.Equal(ReferenceScenarios.StandoffScenario.Score.Weights.GetValueOrDefault(MetricNames.ShortfallCost),
            double.Parse(shortfall.Value, CultureInfo.InvariantCulture));
        Assert.True(fields.Single(f => f.Path == "score.weights.mission_capability_mean").Written);

        var noWeights = WithoutWeights(Standoff);
        var unweighted = FormCatalog.Fields(YamlLeaves.Outline(noWeights), null).Where(f => f.Group == FormCatalog.WeightsGroup).ToList();
        Assert.All(unweighted, f => Assert.Equal(("1", false), (f.Value, f.Written)));
        Assert.All(Loads(noWeights).Score.Weights.Values, w => Assert.Equal(1, w));
    }

    [Fact]
    public void A_parameter_goes_into_a_flow_params_mapping_before_its_brace_and_the_core_loads_it()
    {
        var field = Field(Standoff, "structured_replacement", "strategies.structured_replacement.params.cutover_when");
        var changed = Insert(Standoff, field, "\"incidents >= 2\"");
        Assert.Contains("parallel_run_share: 0.25, cutover_when: \"incidents >= 2\"}\n", changed, StringComparison.Ordinal);
        Assert.Equal("incidents >= 2", Params(Loads(changed), "structured_replacement").Trigger("cutover_when").Text);

        // The next change edits it in place: it is now an ordinary written value.
        var written = Field(changed, "structured_replacement", field.Path);
        Assert.True(written.Written);
        Assert.Equal("incidents >= 2", written.Value);
        Assert.Equal("\"incidents >= 2\"", changed[written.Start..written.End]);
        var choice = Field(changed, "structured_replacement", "strategies.structured_replacement.params.on_accreditation_failure");
        var twice = Insert(changed, choice, "negotiate");
        Assert.Equal("negotiate", Params(Loads(twice), "structured_replacement").Text("on_accreditation_failure"));
        Assert.Equal("incidents >= 2", Params(Loads(twice), "structured_replacement").Trigger("cutover_when").Text);
    }

    [Fact]
    public void A_parameter_goes_into_a_block_params_mapping_as_a_line_at_its_indentation()
    {
        var field = Field(Teaching, "structured_replacement", "strategies.structured_replacement.params.cutover_when");
        var changed = Insert(Teaching, field, "\"week >= 3\"");
        Assert.Contains("      parallel_run_share: 0.5\n      cutover_when: \"week >= 3\"\n", changed, StringComparison.Ordinal);
        Assert.Equal("week >= 3", Params(Loads(changed), "structured_replacement").Trigger("cutover_when").Text);
        Assert.Equal(0.5, Params(Loads(changed), "structured_replacement").Number("parallel_run_share"));
    }

    [Fact]
    public void A_line_with_a_comment_keeps_its_comment_and_the_new_key_goes_on_the_next_line()
    {
        var yaml = Teaching.Replace("      parallel_run_share: 0.5\n", "      parallel_run_share: 0.5   # half the work shadowed\n", StringComparison.Ordinal);
        Assert.NotEqual(Teaching, yaml);
        var changed = Insert(yaml, Field(yaml, "structured_replacement", "strategies.structured_replacement.params.on_accreditation_failure"), "negotiate");
        Assert.Contains("      parallel_run_share: 0.5   # half the work shadowed\n      on_accreditation_failure: negotiate\n", changed, StringComparison.Ordinal);
        Assert.Equal("negotiate", Params(Loads(changed), "structured_replacement").Text("on_accreditation_failure"));
    }

    [Fact]
    public void A_strategy_without_params_gets_a_params_mapping_under_its_entry()
    {
        var entry = "    params: {start_week: 8, rounds: 6, round_interval_weeks: 4, start_when: \"public_reports >= 1 or clarifications >= 1\"}\n";
        Assert.Contains(entry, Standoff, StringComparison.Ordinal);
        var yaml = Standoff.Replace(entry, "", StringComparison.Ordinal);
        var field = Field(yaml, "negotiate_carve_out", "strategies.negotiate_carve_out.params.rounds");
        Assert.Equal(("4", false), (field.Value, field.Written));
        var changed = Insert(yaml, field, "3");
        Assert.Contains("    kind: negotiate_carve_out\n    params: {rounds: 3}\n", changed, StringComparison.Ordinal);
        var parameters = Params(Loads(changed), "negotiate_carve_out");
        Assert.Equal(3, parameters.Int("rounds"));
        Assert.Equal(2, parameters.Int("start_week")); // the others keep the Core's defaults

        // A flow entry (- {name: ..., kind: ...}) gets it in its braces.
        var flow = yaml.Replace("  - name: negotiate_carve_out\n    kind: negotiate_carve_out\n", "  - {name: negotiate_carve_out, kind: negotiate_carve_out}   # talks first\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, flow);
        var inFlow = Insert(flow, Field(flow, "negotiate_carve_out", field.Path), "5");
        Assert.Contains("  - {name: negotiate_carve_out, kind: negotiate_carve_out, params: {rounds: 5}}   # talks first\n", inFlow, StringComparison.Ordinal);
        Assert.Equal(5, Params(Loads(inFlow), "negotiate_carve_out").Int("rounds"));
    }

    [Fact]
    public void A_weight_goes_into_written_weights_block_or_flow()
    {
        var changed = Insert(Standoff, Field(Standoff, "structured_replacement", "score.weights.shortfall_cost"), "0.75");
        Assert.Contains("    reputational_risk: 1\n    shortfall_cost: 0.75\n  cost_reference", changed, StringComparison.Ordinal);
        Assert.Equal(0.75, Loads(changed).Score.Weights[MetricNames.ShortfallCost]);

        var fragile = ReferenceScenarios.Text(ReferenceScenarios.FragileTransition);
        var first = FormCatalog.Fields(YamlLeaves.Outline(fragile), null).First(f => f.Group == FormCatalog.WeightsGroup && !f.Written);
        var inFlow = Insert(fragile, first, "4");
        Assert.Contains($"reputational_risk: 1, {first.Path.Split('.')[^1]}: 4}}\n", inFlow, StringComparison.Ordinal);
        Assert.Equal(4, Loads(inFlow).Score.Weights[first.Path.Split('.')[^1]]);
    }

    [Fact]
    public void Missing_weights_are_created_with_every_other_metric_at_1_so_only_the_planners_weight_changes_the_score()
    {
        var yaml = WithoutWeights(Standoff);
        var field = Field(yaml, "structured_replacement", "score.weights.red_line_breaches");
        // Writing the default changes nothing the Core computes...
        var same = Loads(Insert(yaml, field, "1"));
        var before = Loads(yaml);
        Assert.Equal(Score(before), Score(same));
        // ...and the planner's value is the only weight that moves.
        var changed = Insert(yaml, field, "3");
        Assert.Contains("  exposure_reference: 40000\n  weights:\n    mission_capability_mean: 1\n", changed, StringComparison.Ordinal);
        var weights = Loads(changed).Score.Weights;
        Assert.All(MetricNames.All, m => Assert.Equal(m == MetricNames.RedLineBreaches ? 3 : 1, weights[m]));
        Assert.NotEqual(Score(before), Score(Loads(changed)));
    }

    [Fact]
    public void A_missing_score_section_is_created_at_the_end_and_the_rest_of_the_text_is_kept()
    {
        var start = Teaching.IndexOf("\nscore:\n", StringComparison.Ordinal);
        var end = Teaching.IndexOf("  cost_reference: 20000\n", start, StringComparison.Ordinal) + "  cost_reference: 20000\n".Length;
        var yaml = Teaching.Remove(start + 1, end - start - 1);
        Assert.DoesNotContain("score:", yaml, StringComparison.Ordinal);
        var field = Field(yaml, "structured_replacement", "score.weights.total_cost");
        Assert.Equal(("1", false), (field.Value, field.Written));
        var changed = Insert(yaml, field, "2.5");
        Assert.Contains("\nscore:\n  weights:\n", changed, StringComparison.Ordinal);
        var weights = Loads(changed).Score.Weights;
        Assert.Equal(2.5, weights[MetricNames.TotalCost]);
        Assert.Equal(1, weights[MetricNames.MissionShortfall]);
        // A weight of the new mapping is then written: its next change edits it in place.
        var written = Field(changed, "structured_replacement", "score.weights.mission_shortfall");
        Assert.True(written.Written);
        Assert.Equal("1", changed[written.Start..written.End]);
    }

    [Fact]
    public void Every_vendor_has_a_policy_field_per_category_permitted_where_its_policy_is_silent_and_written_there_when_changed()
    {
        var fields = FormCatalog.Fields(YamlLeaves.Outline(Standoff), null).Where(f => f.Group == "Vendor: Replacement b" && f.Label.StartsWith("Policy", StringComparison.Ordinal)).ToList();
        Assert.Equal(ReferenceScenarios.StandoffScenario.Categories.Count, fields.Count);
        var cyber = fields.Single(f => f.Path == "vendors.replacement_b.policy.cyber_defense");
        Assert.Equal(("permitted", false), (cyber.Value, cyber.Written));
        Assert.True(fields.Single(f => f.Path == "vendors.replacement_b.policy.domestic_mass_surveillance.stance").Written);

        var changed = Insert(Standoff, cyber, "prohibited");
        Assert.Contains("      domestic_mass_surveillance: {stance: prohibited, non_negotiable: true}\n      cyber_defense: prohibited\n    replacement:", changed, StringComparison.Ordinal);
        var clause = Loads(changed).Vendors.Single(v => v.Name == "replacement_b").Policy["cyber_defense"];
        Assert.Equal((PolicyStance.Prohibited, false), (clause.Stance, clause.NonNegotiable));

        // A vendor without policy: gets one.
        var yaml = Teaching.Replace("    concession_probability: 0\n    policy:\n      battlefield_operations: conditional\n", "    concession_probability: 0\n", StringComparison.Ordinal);
        Assert.NotEqual(Teaching, yaml);
        var created = Insert(yaml, Field(yaml, "structured_replacement", "vendors.incumbent.policy.battlefield_operations"), "conditional");
        Assert.Contains("    concession_probability: 0\n    policy: {battlefield_operations: conditional}\n", created, StringComparison.Ordinal);
        Assert.Equal(PolicyStance.Conditional, Loads(created).Vendors.Single(v => v.Name == "incumbent").Policy["battlefield_operations"].Stance);
    }

    [Fact]
    public void Text_that_does_not_parse_offers_no_insertion()
    {
        var broken = Standoff + "\nlevers: [unclosed\n";
        var field = FormCatalog.Fields(YamlLeaves.Outline(broken), "structured_replacement")
            .Single(f => f.Path == "strategies.structured_replacement.params.cutover_when");
        Assert.False(field.Written);
        Assert.Null(field.Insert);
    }

    private static string WithoutWeights(string yaml)
    {
        var start = yaml.IndexOf("  weights:", StringComparison.Ordinal);
        var end = yaml.IndexOf("  cost_reference:", start, StringComparison.Ordinal);
        var without = yaml.Remove(start, end - start);
        Assert.DoesNotContain("weights:", without[..without.IndexOf("uncertainties:", StringComparison.Ordinal)], StringComparison.Ordinal);
        return without;
    }

    private static double Score(Scenario s) => Simulator.Run(s, s.Strategies[0], s.Seed, RunOptions.Default).Score;

    private static string Text(object value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
