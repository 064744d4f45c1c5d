namespace ProcurementSim.Core.Seminar.Views;

/// <summary>Terms the agency proposed, in front of the vendor this week.</summary>
public sealed record ProposalView
{
    /// <summary>Round number.</summary>
    public required int Round { get; init; }

    /// <summary>Categories it is asked to permit (empty for an all-lawful-uses demand).</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Whether it is an all-lawful-uses demand.</summary>
    public required bool AllLawfulUses { get; init; }
}
