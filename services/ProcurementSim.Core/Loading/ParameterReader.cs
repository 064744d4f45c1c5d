using System.Globalization;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads a strategy's <c>params:</c> against its <see cref="StrategyDefinition"/>, filling in defaults.</summary>
internal static class ParameterReader
{
    public static StrategyParameters Read(ReadContext ctx, StrategyDefinition def, YamlNode? node, string path, YamlMapping strategy)
    {
        var given = ctx.Values.Mapping(node, path, "a mapping of parameter names to values");
        var reader = given is null
            ? null
            : new MappingReader(ctx.Diagnostics, given, path, [.. def.Parameters.Select(p => p.Name)], $"unknown parameter of '{def.Key}'");
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in def.Parameters)
        {
            var value = reader?.Optional(p.Name);
            if (value is null)
            {
                if (p.Default is not null) values[p.Name] = p.Default;
                else if (node is null or YamlMapping)
                    ctx.Diagnostics.Add(given ?? strategy, $"{path}: missing required parameter '{p.Name}' of '{def.Key}' ({p.Expectation})");
                continue;
            }
            values[p.Name] = ReadValue(ctx, p, value, Paths.Key(path, p.Name));
        }
        return new StrategyParameters(values);
    }

    /// <summary>The range of a whole-number or number parameter, as the catalog gives it; levers use the same one.</summary>
    public static NumberRange RangeOf(ParameterDefinition p) => new(p.Min, p.Max);

    /// <summary>A trigger: 'always' or a condition over signposts; a mistake points at its column in the file when the value is the line's text.</summary>
    private static Trigger? ReadTrigger(ReadContext ctx, ParameterDefinition p, YamlNode node, string path)
    {
        if (ctx.Values.Text(node, path, p.Expectation) is not { } text) return null;
        if (Trigger.TryParse(text, out var trigger, out var error, out var column)) return trigger;
        var scalar = (YamlScalar)node;
        if (scalar.TextOffset is { } offset)
            ctx.Diagnostics.Add(scalar.Line, scalar.Column + offset + column - 1, $"{path}: expected {error}");
        else
            ctx.Diagnostics.Add(scalar, string.Create(CultureInfo.InvariantCulture, $"{path}: expected {error} (at character {column} of the condition)"));
        return null;
    }

    private static object ReadValue(ReadContext ctx, ParameterDefinition p, YamlNode node, string path)
    {
        var v = ctx.Values;
        var range = RangeOf(p);
        return p.Type switch
        {
            ParameterType.Integer => v.Integer(node, path, range),
            ParameterType.Number => v.Number(node, path, range),
            ParameterType.Boolean => v.Boolean(node, path, false),
            ParameterType.Choice => v.Choice(node, path, p.Choices) ?? "",
            ParameterType.ReplacementVendor => ctx.VendorRef(node, path, VendorRole.Replacement, "expected " + p.Expectation) ?? "",
            ParameterType.Trigger => ReadTrigger(ctx, p, node, path) ?? Trigger.Always,
            _ => throw new InvalidOperationException($"parameter type {p.Type} has no reader"),
        };
    }
}
