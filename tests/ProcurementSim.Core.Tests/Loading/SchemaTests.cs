using System.Text.Json.Nodes;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>The JSON Schema editors use and the loader describe the same format.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> ValidTexts() => [.. ValidScenarios.All.Keys];

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void Every_valid_scenario_of_the_tests_matches_the_schema(string name)
    {
        var text = ValidScenarios.All[name];
        Assert.True(ScenarioLoader.LoadText(text, name).IsValid);

        var errors = SchemaFile.Validate(YamlToJson.Convert(text));

        Assert.Null(errors);
    }

    [Fact]
    public void Every_reference_scenario_loads_and_matches_the_schema()
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(SchemaFile.Path)!, "*.yaml"))
        {
            var result = ScenarioLoader.LoadFile(file);
            Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
            Assert.Null(SchemaFile.Validate(YamlToJson.Convert(File.ReadAllText(file))));
        }
    }

    [Theory]
    [InlineData("all-weights-zero.yaml")]
    [InlineData("empty-categories.yaml")]
    [InlineData("incumbent-with-replacement-section.yaml")]
    [InlineData("inject-at-and-probability.yaml")]
    [InlineData("inject-magnitude-above-max.yaml")]
    [InlineData("inject-missing-weeks.yaml")]
    [InlineData("inject-neither-at-nor-probability.yaml")]
    [InlineData("inject-target-on-untargeted-kind.yaml")]
    [InlineData("input-name-reserved.yaml")]
    [InlineData("input-name-spelling.yaml")]
    [InlineData("input-name-too-long.yaml")]
    [InlineData("lever-missing-max.yaml")]
    [InlineData("lever-range-and-values.yaml")]
    [InlineData("lever-without-range.yaml")]
    [InlineData("lever-word-parameter.yaml")]
    [InlineData("missing-required-key.yaml")]
    [InlineData("negative-demand.yaml")]
    [InlineData("on-partial-misspelt.yaml")]
    [InlineData("param-out-of-range.yaml")]
    [InlineData("param-required-missing.yaml")]
    [InlineData("param-unknown.yaml")]
    [InlineData("param-wrong-type.yaml")]
    [InlineData("partial-acceptance-above-one.yaml")]
    [InlineData("probability-above-one.yaml")]
    [InlineData("quoted-number.yaml")]
    [InlineData("replacement-without-section.yaml")]
    [InlineData("review-overhead-one.yaml")]
    [InlineData("satisficing-missing.yaml")]
    [InlineData("satisficing-too-many.yaml")]
    [InlineData("ticks-zero.yaml")]
    [InlineData("uncertainties-not-a-list.yaml")]
    [InlineData("uncertainty-key-of-another-kind.yaml")]
    [InlineData("uncertainty-missing-mode.yaml")]
    [InlineData("uncertainty-misspelt-key.yaml")]
    [InlineData("uncertainty-param-not-text.yaml")]
    [InlineData("uncertainty-sd-zero.yaml")]
    [InlineData("uncertainty-too-many-values.yaml")]
    [InlineData("uncertainty-unknown-distribution.yaml")]
    [InlineData("uncertainty-unknown-path-far-from-any.yaml")]
    [InlineData("uncertainty-unknown-path.yaml")]
    [InlineData("unknown-key-without-suggestion.yaml")]
    [InlineData("unknown-metric.yaml")]
    [InlineData("unknown-strategy-kind.yaml")]
    [InlineData("wrong-type.yaml")]
    public void A_broken_file_whose_mistake_a_schema_can_express_fails_the_schema_too(string file)
    {
        var json = YamlToJson.Convert(File.ReadAllText(Path.Combine(BrokenFileTests.Folder, file)));

        Assert.NotNull(SchemaFile.Validate(json));
    }

    public static TheoryData<string, string> Sections() => new()
    {
        { "", "Root" },
        { "category", "Category" },
        { "agency", "Agency" },
        { "contract", "Contract" },
        { "vendor", "Vendor" },
        { "policy_clause", "PolicyClause" },
        { "replacement", "Replacement" },
        { "integrator", "Integrator" },
        { "inject", "Inject" },
        { "strategy", "Strategy" },
        { "score", "Score" },
        { "uncertainty", "Uncertainty" },
        { "lever", "Lever" },
        { "robustness", "Robustness" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_schema_and_the_loader_accept_the_same_keys(string schemaDef, string loaderSection)
    {
        var schemaKeys = SchemaFile.PropertyNames(schemaDef.Length == 0 ? SchemaFile.Root : SchemaFile.Def(schemaDef));
        var loaderKeys = (IReadOnlyList<string>)typeof(ScenarioKeys).GetField(loaderSection)!.GetValue(null)!;

        Assert.Equal(loaderKeys.Order(StringComparer.Ordinal), schemaKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_lists_the_same_words_as_the_loader()
    {
        Assert.Equal(ScenarioWords.StrategyKinds.Keys, SchemaFile.Strings(SchemaFile.Def("strategy")["properties"]!["kind"]!["enum"]));
        Assert.Equal(ScenarioWords.InjectKinds.Keys, SchemaFile.Strings(SchemaFile.Def("inject")["properties"]!["kind"]!["enum"]));
        Assert.Equal(ScenarioWords.Stances.Keys, SchemaFile.Strings(SchemaFile.Def("stance")["enum"]));
        Assert.Equal(ScenarioWords.LegalStatuses.Keys, SchemaFile.Strings(SchemaFile.Def("category")["properties"]!["legal_status"]!["enum"]));
        Assert.Equal(ScenarioWords.Roles.Keys, SchemaFile.Strings(SchemaFile.Def("vendor")["properties"]!["role"]!["enum"]));
        Assert.Equal(ScenarioWords.Clauses.Keys, SchemaFile.Strings(SchemaFile.Def("agency")["properties"]!["demanded_clauses"]!["items"]!["enum"]));
        Assert.Equal(
            ScenarioKeys.Distributions.Select(d => d.Kind),
            SchemaFile.Strings(SchemaFile.Def("uncertainty")["properties"]!["distribution"]!["enum"]));
        Assert.Equal(InputNames.Reserved, SchemaFile.Strings(SchemaFile.Def("input_name")["not"]!["enum"]));
        Assert.Equal(
            Core.Metrics.MetricNames.All,
            SchemaFile.Strings(SchemaFile.Def("score")["properties"]!["weights"]!["propertyNames"]!["enum"]));
    }

    [Fact]
    public void A_key_is_required_by_the_schema_exactly_when_the_loader_reports_it_missing()
    {
        var full = YamlToJson.Convert(ValidScenarios.Full)!.AsObject();
        var sections = new (string Def, Func<JsonObject, JsonObject> Pick)[]
        {
            ("", j => j),
            ("category", j => j["categories"]![0]!.AsObject()),
            ("agency", j => j["agency"]!.AsObject()),
            ("contract", j => j["agency"]!["contract"]!.AsObject()),
            ("vendor", j => j["vendors"]![0]!.AsObject()),
            ("vendor", j => j["vendors"]![1]!.AsObject()),
            ("policy_clause", j => j["vendors"]![0]!["policy"]!["autonomous_lethal_weapons"]!.AsObject()),
            ("replacement", j => j["vendors"]![1]!["replacement"]!.AsObject()),
            ("integrator", j => j["integrator"]!.AsObject()),
            ("inject", j => j["injects"]![0]!.AsObject()),
            ("inject", j => j["injects"]![1]!.AsObject()),
            ("inject", j => j["injects"]![2]!.AsObject()),
            ("strategy", j => j["strategies"]![0]!.AsObject()),
            ("score", j => j["score"]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![0]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![1]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![2]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![3]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![4]!.AsObject()),
            ("uncertainty", j => j["uncertainties"]![5]!.AsObject()),
            ("robustness", j => j["robustness"]!.AsObject()),
        };
        foreach (var (def, pick) in sections)
        {
            var schema = def.Length == 0 ? SchemaFile.Root : SchemaFile.Def(def);
            var required = SchemaRequired(schema, pick(full));
            foreach (var key in pick(full).Select(p => p.Key).ToList())
            {
                // JSON is YAML, so the loader reads the scenario with one key removed.
                var copy = full.DeepClone().AsObject();
                pick(copy).Remove(key);
                var messages = ScenarioLoader.LoadText(copy.ToJsonString(), "json.yaml").Diagnostics.Select(d => d.Message);
                var loaderRequires = messages.Any(m => m.Contains($"missing required key '{key}'", StringComparison.Ordinal));
                Assert.True(loaderRequires == required.Contains(key), $"{def}.{key}: loader requires it: {loaderRequires}; schema requires it: {required.Contains(key)}");
            }
        }
    }

    /// <summary>The schema's <c>required</c> plus the <c>then.required</c> of each <c>if</c> whose <c>const</c> matches the instance.</summary>
    private static HashSet<string> SchemaRequired(JsonObject schema, JsonObject instance)
    {
        var required = SchemaFile.Strings(schema["required"]).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in schema["allOf"]?.AsArray() ?? [])
        {
            var (field, value) = rule!["if"]!["properties"]!.AsObject().Select(p => (p.Key, p.Value!["const"]!.GetValue<string>())).Single();
            if (instance[field]?.GetValue<string>() == value) required.UnionWith(SchemaFile.Strings(rule["then"]!["required"]));
        }
        return required;
    }
}
