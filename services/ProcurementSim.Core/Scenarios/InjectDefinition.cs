namespace ProcurementSim.Core.Scenarios;

/// <summary>What an inject kind needs in the scenario file.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Key">Its name in scenario files.</param>
/// <param name="Target">Which vendor role the <c>target</c> must name, or null when the kind takes no target.</param>
/// <param name="NeedsWeeks">Whether <c>weeks</c> (&gt; 0) is required.</param>
/// <param name="MagnitudeMax">Largest allowed magnitude (the smallest is 0).</param>
/// <param name="Summary">What it does, in one line.</param>
public sealed record InjectDefinition(
    InjectKind Kind,
    string Key,
    VendorRole? Target,
    bool NeedsWeeks,
    double MagnitudeMax,
    string Summary);
