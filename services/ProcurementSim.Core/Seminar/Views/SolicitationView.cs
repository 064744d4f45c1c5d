namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A solicitation in front of the vendor this week.</summary>
public sealed record SolicitationView
{
    /// <summary>Solicitation id.</summary>
    public required int Id { get; init; }

    /// <summary>Categories solicited.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Whether the agency demands the all-lawful-uses clause.</summary>
    public required bool AllLawfulUses { get; init; }
}
