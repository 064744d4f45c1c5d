namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A bid the vendor itself submitted.</summary>
public sealed record OwnBidView
{
    /// <summary>Week it was sent.</summary>
    public required int Week { get; init; }

    /// <summary>Solicitation id.</summary>
    public required int Solicitation { get; init; }

    /// <summary>Price per task unit.</summary>
    public required double Price { get; init; }

    /// <summary>Quality claimed.</summary>
    public required double Quality { get; init; }

    /// <summary>Whether it accepts the all-lawful-uses clause.</summary>
    public required bool AcceptsAllLawfulUses { get; init; }

    /// <summary>Categories it offered to serve.</summary>
    public required IReadOnlyList<string> Servable { get; init; }
}
