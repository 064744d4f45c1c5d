using System.Globalization;
using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>robustness:</c>, whose <c>satisficing</c> list holds the conditions a state of the world must all meet to count as acceptable.</summary>
internal static class RobustnessReader
{
    private const string Expected = "a condition such as 'mission_capability_mean >= 0.8'";

    public static IReadOnlyList<Condition> Read(ReadContext ctx, YamlNode? node, string path)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Robustness, "a mapping with satisficing: a list of conditions");
        if (m is null) return [];
        var items = ctx.List(m.Required("satisficing"), m.At("satisficing"), Limits.MaxSatisficing, "condition", "conditions", nonEmpty: true);
        var result = new List<Condition>();
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var p = Paths.Index(m.At("satisficing"), i);
            if (ctx.Values.Text(items[i], p, Expected) is not { } text) continue;
            if (Condition.TryParse(text, out var condition, out var error, out var column))
            {
                result.Add(condition!);
                continue;
            }
            // Point at the place in the file when the text is the line's characters as they are; else at the value, naming the column in it.
            var scalar = (YamlScalar)items[i];
            if (scalar.TextOffset is { } offset)
                ctx.Diagnostics.Add(scalar.Line, scalar.Column + offset + column - 1, $"{p}: expected {error}");
            else
                ctx.Diagnostics.Add(scalar, string.Create(CultureInfo.InvariantCulture, $"{p}: expected {error} (at character {column} of the condition)"));
        }
        return result;
    }
}
