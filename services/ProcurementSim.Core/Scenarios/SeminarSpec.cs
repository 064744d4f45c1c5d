namespace ProcurementSim.Core.Scenarios;

/// <summary>The scenario file's optional <c>seminar:</c> section: what a seminar game shows its seats. Runs ignore it.</summary>
/// <param name="Briefings">Each seat's briefing (by seat: <c>agency</c> or a vendor's name), shown on that seat's page only.</param>
public sealed record SeminarSpec(IReadOnlyDictionary<string, string> Briefings)
{
    /// <summary>No section: no briefings.</summary>
    public static SeminarSpec None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>A seat's briefing, or "" when the scenario gives none.</summary>
    public string BriefingOf(string seat) => Briefings.TryGetValue(seat ?? "", out var b) ? b : "";
}
