namespace ProcurementSim.Core.Scenarios;

/// <summary>An inject: fired at a scheduled tick, or drawn each tick with a probability.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="At">Tick at which it fires, or null when random.</param>
/// <param name="Probability">Weekly chance when random (fires at most once), else 0.</param>
/// <param name="Target">The vendor it concerns, where the kind needs one.</param>
/// <param name="Magnitude">Strength; its unit depends on the kind.</param>
/// <param name="Weeks">Duration in weeks, where the kind needs one.</param>
public sealed record InjectSpec(
    InjectKind Kind,
    int? At,
    double Probability,
    string? Target,
    double Magnitude,
    int Weeks);
