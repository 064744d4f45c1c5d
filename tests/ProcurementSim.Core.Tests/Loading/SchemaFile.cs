using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>scenarios/scenario.schema.json as the test output holds it: built once for validation, and as plain JSON for comparisons.</summary>
internal static class SchemaFile
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "scenarios", "scenario.schema.json");

    private static readonly Lazy<JsonSchema> Built = new(() => JsonSchema.FromText(File.ReadAllText(Path)));

    private static readonly Lazy<JsonObject> Json = new(() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject());

    public static JsonObject Root => Json.Value;

    public static JsonObject Def(string name) => Root["$defs"]![name]!.AsObject();

    /// <summary>The property names a schema object declares.</summary>
    public static IReadOnlySet<string> PropertyNames(JsonObject schemaObject) =>
        schemaObject["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Strings(JsonNode? array) =>
        array is null ? [] : [.. array.AsArray().Select(n => n!.GetValue<string>())];

    /// <summary>Null when the instance is valid, else the schema's errors in one string.</summary>
    public static string? Validate(JsonNode? instance)
    {
        var element = JsonSerializer.SerializeToElement(instance);
        var results = Built.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return null;
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        return string.Join(Environment.NewLine, errors);
    }
}
