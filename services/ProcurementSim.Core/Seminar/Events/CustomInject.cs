namespace ProcurementSim.Core.Seminar.Events;

/// <summary>An inject the facilitator makes up, with the same kinds and limits as a scenario's (<see cref="Scenarios.InjectCatalog"/>).</summary>
/// <param name="Kind">The kind's scenario-file key (e.g. <c>budget_shock</c>).</param>
/// <param name="Magnitude">Strength, from 0 to the kind's maximum.</param>
/// <param name="Weeks">Duration where the kind needs one (at least 1), else 0.</param>
/// <param name="Target">The vendor it concerns where the kind needs one, else null.</param>
public sealed record CustomInject(string Kind, double Magnitude, int Weeks, string? Target)
{
    /// <summary>The inject as the engine fires it at <paramref name="week"/> (the kind must be a catalog key: see <see cref="Scenarios.InjectCatalog.FindByKey"/>).</summary>
    public Scenarios.InjectSpec ToSpec(int week)
    {
        var def = Scenarios.InjectCatalog.FindByKey(Kind) ?? throw new InvalidOperationException($"unknown inject kind '{Kind}'");
        return new Scenarios.InjectSpec(def.Kind, week, 0, def.Target is null ? null : Target, Magnitude, Weeks);
    }
}
