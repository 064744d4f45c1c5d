using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>The schema's per-kind rules for strategies and injects match the catalogs the loader reads, so the two cannot drift.</summary>
public sealed class SchemaCatalogTests
{
    public static TheoryData<string> StrategyKeys() => [.. StrategyCatalog.All.Select(d => d.Key)];

    public static TheoryData<string> InjectKeys() => [.. InjectCatalog.All.Select(d => d.Key)];

    [Theory]
    [MemberData(nameof(StrategyKeys))]
    public void Each_strategy_kind_has_the_catalog_parameters_in_the_schema(string key)
    {
        var def = StrategyCatalog.FindByKey(key)!;
        var schema = SchemaFile.Def("params_" + key);

        Assert.Equal(def.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal), SchemaFile.PropertyNames(schema).Order(StringComparer.Ordinal));
        Assert.Equal(
            def.Parameters.Where(p => p.Default is null).Select(p => p.Name),
            SchemaFile.Strings(schema["required"]));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        foreach (var p in def.Parameters) AssertMatches(p, schema["properties"]![p.Name]!.AsObject());
    }

    [Theory]
    [MemberData(nameof(StrategyKeys))]
    public void Each_strategy_kind_selects_its_parameters_in_the_schema(string key)
    {
        var then = Rule(SchemaFile.Def("strategy"), "kind", key);

        Assert.Equal($"#/$defs/params_{key}", then["properties"]!["params"]!["$ref"]!.GetValue<string>());
        var needsParams = StrategyCatalog.FindByKey(key)!.Parameters.Any(p => p.Default is null);
        Assert.Equal(needsParams, SchemaFile.Strings(then["required"]).Contains("params"));
    }

    [Theory]
    [MemberData(nameof(InjectKeys))]
    public void Each_inject_kind_has_the_catalog_rules_in_the_schema(string key)
    {
        var def = InjectCatalog.FindByKey(key)!;
        var then = Rule(SchemaFile.Def("inject"), "kind", key);
        var required = SchemaFile.Strings(then["required"]);
        var properties = then["properties"]!.AsObject();

        Assert.Equal(def.Target is not null, required.Contains("target"));
        Assert.Equal(def.Target is null, properties["target"] is JsonValue v && !v.GetValue<bool>());
        Assert.Equal(def.NeedsWeeks, required.Contains("weeks"));
        Assert.Equal(!def.NeedsWeeks, properties["weeks"] is JsonValue w && !w.GetValue<bool>());
        Assert.Equal(def.MagnitudeMax, properties["magnitude"]!["maximum"]!.GetValue<double>());
    }

    public static TheoryData<string> DistributionKinds() => [.. ScenarioKeys.Distributions.Select(d => d.Kind)];

    [Theory]
    [MemberData(nameof(DistributionKinds))]
    public void Each_distribution_kind_requires_and_refuses_the_loader_keys_in_the_schema(string kind)
    {
        var keys = ScenarioKeys.Distributions.Single(d => d.Kind == kind);
        var then = Rule(SchemaFile.Def("uncertainty"), "distribution", kind);
        var refused = then["properties"]!.AsObject().Where(p => p.Value is JsonValue v && !v.GetValue<bool>()).Select(p => p.Key);

        Assert.Equal(keys.Required, SchemaFile.Strings(then["required"]));
        // Refused: every distribution key of some kind that this kind does not take.
        Assert.Equal(
            ScenarioKeys.Uncertainty.Except(ScenarioKeys.UncertaintyBase).Except(keys.All).Order(StringComparer.Ordinal),
            refused.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_offers_levers_exactly_the_whole_number_and_number_parameters_of_the_catalog()
    {
        var numeric = StrategyCatalog.All.SelectMany(d => d.Parameters)
            .Where(p => p.Type is ParameterType.Integer or ParameterType.Number)
            .Select(p => p.Name)
            .Distinct();

        var param = SchemaFile.Def("lever")["properties"]!["param"]!["anyOf"]!.AsArray();
        Assert.Equal(numeric.Order(StringComparer.Ordinal), SchemaFile.Strings(param[0]!["enum"]).Order(StringComparer.Ordinal));
        // A trigger's threshold: <trigger>.<signpost>, each part as the catalogs name them.
        var threshold = new Regex(param[1]!["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant);
        var triggers = StrategyCatalog.All.SelectMany(d => d.Parameters).Where(p => p.Type == ParameterType.Trigger).Select(p => p.Name).Distinct();
        foreach (var t in triggers)
        {
            foreach (var sp in SignpostCatalog.Names) Assert.Matches(threshold, $"{t}.{sp}");
        }
        Assert.DoesNotMatch(threshold, "step_when.total_cost");
        Assert.DoesNotMatch(threshold, "step.readiness");
    }

    [Fact]
    public void The_schema_trigger_describes_the_signposts_of_the_catalog()
    {
        var description = SchemaFile.Def("trigger")["description"]!.GetValue<string>();
        foreach (var sp in SignpostCatalog.Names) Assert.Contains(sp, description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_path_pattern_accepts_every_parameter_path_and_each_inject_index_form()
    {
        var pattern = new Regex(SchemaFile.Def("parameter_path")["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant);
        var scenarios = ReferenceScenarios.Files.Select(ReferenceScenarios.Load)
            .Append(ScenarioLoader.LoadText(ValidScenarios.Full, "full.yaml").Scenario!);
        foreach (var scenario in scenarios)
        {
            foreach (var p in ScenarioParameters.All(scenario)) Assert.Matches(pattern, p.Path);
            for (var i = 0; i < scenario.Injects.Count; i++) Assert.Matches(pattern, string.Create(CultureInfo.InvariantCulture, $"injects.{i}.magnitude"));
        }
        Assert.DoesNotMatch(pattern, "vendors.incumbent.name");
        Assert.DoesNotMatch(pattern, "ticks");
        Assert.DoesNotMatch(pattern, "injects.budget_shock.target");
    }

    private static void AssertMatches(ParameterDefinition p, JsonObject s)
    {
        switch (p.Type)
        {
            case ParameterType.Integer or ParameterType.Number:
                Assert.Equal(p.Type == ParameterType.Integer ? "integer" : "number", s["type"]!.GetValue<string>());
                Assert.Equal(p.Min, s["minimum"]!.GetValue<double>());
                Assert.Equal(p.Max, s["maximum"]!.GetValue<double>());
                Assert.Equal(Convert.ToDouble(p.Default, CultureInfo.InvariantCulture), s["default"]!.GetValue<double>());
                break;
            case ParameterType.Boolean:
                Assert.Equal("boolean", s["type"]!.GetValue<string>());
                Assert.Equal((bool)p.Default!, s["default"]!.GetValue<bool>());
                break;
            case ParameterType.Choice:
                Assert.Equal(p.Choices, SchemaFile.Strings(s["enum"]));
                Assert.Equal((string)p.Default!, s["default"]!.GetValue<string>());
                break;
            case ParameterType.Trigger:
                Assert.Equal("#/$defs/trigger", s["$ref"]!.GetValue<string>());
                Assert.Equal(((Trigger)p.Default!).Text, s["default"]!.GetValue<string>());
                break;
            case ParameterType.ReplacementVendor:
                Assert.Equal("#/$defs/identifier", s["$ref"]!.GetValue<string>());
                break;
            default:
                Assert.Fail($"{p.Name}: no schema check for {p.Type}");
                break;
        }
    }

    /// <summary>The <c>then</c> of the <c>allOf</c> rule whose <c>if</c> selects <paramref name="field"/> = <paramref name="value"/>.</summary>
    private static JsonObject Rule(JsonObject schema, string field, string value) =>
        schema["allOf"]!.AsArray()
            .Single(r => r!["if"]!["properties"]![field]!["const"]!.GetValue<string>() == value)!["then"]!.AsObject();
}
