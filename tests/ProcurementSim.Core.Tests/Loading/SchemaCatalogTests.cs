using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

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
