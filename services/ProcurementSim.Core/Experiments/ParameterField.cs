using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Experiments;

/// <summary>A numeric field of one record type (a vendor, a category, ...) and how to read and replace it.</summary>
/// <typeparam name="T">The record that holds the field.</typeparam>
/// <param name="Name">The last part of the path (<c>quality</c>, <c>contract.notice_weeks</c>).</param>
/// <param name="Kind">How a value is stored.</param>
/// <param name="Range">What the loader accepts for it.</param>
/// <param name="Get">The field as a number (a boolean as 1 or 0).</param>
/// <param name="Set">A copy of the record with the field set; the value is already rounded and within range.</param>
internal sealed record ParameterField<T>(string Name, ParameterKind Kind, NumberRange Range, Func<T, double> Get, Func<T, double, T> Set)
{
    /// <summary>The field as a scenario parameter, for the record that <paramref name="owner"/> picks out of a scenario.</summary>
    /// <param name="prefix">The path of the record ("" for the scenario itself).</param>
    /// <param name="owner">Finds the record in a scenario.</param>
    /// <param name="replace">A copy of a scenario with the record replaced.</param>
    /// <param name="key">The canonical path when the path is another form of it (an inject by index), else null.</param>
    public ScenarioParameter Lift(string prefix, Func<Scenario, T> owner, Func<Scenario, T, Scenario> replace, string? key = null)
    {
        var path = prefix.Length == 0 ? Name : prefix + "." + Name;
        return new ScenarioParameter(path, key ?? path, Kind, Range,
            s => Get(owner(s)),
            (s, v) => replace(s, Set(owner(s), v)));
    }
}
