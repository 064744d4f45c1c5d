using System.Globalization;

namespace ProcurementSim.Core.Strategies;

/// <summary>One parameter a playbook accepts: its type, default and allowed range.</summary>
/// <param name="Name">Key in the scenario file.</param>
/// <param name="Type">Expected type.</param>
/// <param name="Default">Default value (int, double, bool, string or <see cref="Trigger"/>), or null when the parameter is required.</param>
/// <param name="Min">Smallest allowed value for numbers.</param>
/// <param name="Max">Largest allowed value for numbers.</param>
/// <param name="Choices">Allowed words for <see cref="ParameterType.Choice"/>.</param>
/// <param name="Description">What it controls.</param>
public sealed record ParameterDefinition(
    string Name,
    ParameterType Type,
    object? Default,
    double Min,
    double Max,
    IReadOnlyList<string> Choices,
    string Description)
{
    /// <summary>A human description of what is expected, used in diagnostics.</summary>
    public string Expectation => Type switch
    {
        ParameterType.Integer => $"a whole number from {Format(Min)} to {Format(Max)}",
        ParameterType.Number => $"a number from {Format(Min)} to {Format(Max)}",
        ParameterType.Boolean => "true or false",
        ParameterType.ReplacementVendor => "the name of a replacement vendor",
        ParameterType.Choice => "one of " + string.Join(", ", Choices),
        ParameterType.Trigger => "'always' or a condition over signposts, such as 'incidents >= 1 or week >= 30'",
        _ => Type.ToString(),
    };

    private static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    internal static ParameterDefinition Int(string name, int dflt, int min, int max, string description) =>
        new(name, ParameterType.Integer, dflt, min, max, [], description);

    internal static ParameterDefinition Num(string name, double dflt, double min, double max, string description) =>
        new(name, ParameterType.Number, dflt, min, max, [], description);

    internal static ParameterDefinition Choice(string name, string dflt, string[] choices, string description) =>
        new(name, ParameterType.Choice, dflt, 0, 0, choices, description);

    internal static ParameterDefinition When(string name, string dflt, string description) =>
        new(name, ParameterType.Trigger, Strategies.Trigger.Parse(dflt), 0, 0, [], description);

    internal static ParameterDefinition Vendor(string name, string description) =>
        new(name, ParameterType.ReplacementVendor, null, 0, 0, [], description);
}
