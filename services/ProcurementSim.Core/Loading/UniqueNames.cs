using System.Globalization;

namespace ProcurementSim.Core.Loading;

/// <summary>Names of one section in file order; a repeated name is reported with the line of the first.</summary>
internal sealed class UniqueNames(DiagnosticBag diagnostics, string noun)
{
    private readonly Dictionary<string, YamlNode> _first = new(StringComparer.Ordinal);

    public List<string> Names { get; } = [];

    /// <summary>False once a name was missing or invalid: references to the section are then not checked, to avoid follow-on errors.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>Registers a name (null when it was missing or invalid); false when it repeats an earlier one.</summary>
    public bool Add(string? name, YamlNode? at, string path)
    {
        if (name is null || at is null)
        {
            Complete = false;
            return false;
        }
        if (_first.TryGetValue(name, out var first))
        {
            diagnostics.Add(at, string.Create(CultureInfo.InvariantCulture,
                $"{path}: duplicate {noun} name '{name}'; it is first defined on line {first.Line}"));
            return false;
        }
        _first.Add(name, at);
        Names.Add(name);
        return true;
    }
}
