using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>Converts scenario YAML to JSON the way an editor's YAML language server sees it (YAML 1.2 core schema, aliases expanded).</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var diagnostics = new DiagnosticBag("test.yaml");
        var root = new YamlTreeReader(diagnostics).Read(yaml);
        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics.Sorted()));
        return ToJson(root!);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar s => Scalar(s),
        _ => throw new InvalidOperationException($"no JSON for {node.Describe()}"),
    };

    private static JsonNode? Scalar(YamlScalar s) => ScalarResolver.Resolve(s) switch
    {
        ScalarKind.Null => null,
        ScalarKind.Boolean => JsonValue.Create(ScalarResolver.ParseBoolean(s.Value)),
        ScalarKind.Integer when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        ScalarKind.Integer or ScalarKind.Float => JsonValue.Create(decimal.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        ScalarKind.NonFinite => throw new InvalidOperationException($"JSON has no {s.Value}"),
        _ => JsonValue.Create(s.Value),
    };
}
