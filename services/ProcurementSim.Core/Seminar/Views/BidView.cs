namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A bid the agency received for its current solicitation.</summary>
public sealed record BidView
{
    /// <summary>Bidder.</summary>
    public required string Vendor { get; init; }

    /// <summary>Week it arrived.</summary>
    public required int Week { get; init; }

    /// <summary>Price per task unit.</summary>
    public required double Price { get; init; }

    /// <summary>Quality it claims.</summary>
    public required double Quality { get; init; }

    /// <summary>Whether it accepts the all-lawful-uses clause.</summary>
    public required bool AcceptsAllLawfulUses { get; init; }

    /// <summary>Categories it would serve.</summary>
    public required IReadOnlyList<string> Servable { get; init; }
}
