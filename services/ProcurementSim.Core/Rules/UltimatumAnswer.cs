namespace ProcurementSim.Core.Rules;

/// <summary>How a vendor answers an all-lawful-uses demand (an ultimatum).</summary>
public enum UltimatumAnswer
{
    /// <summary>It permits nothing more.</summary>
    Refused,
    /// <summary>It permits its negotiable restrictions (the conditional categories) and keeps its red lines.</summary>
    Partial,
    /// <summary>It permits every lawful and contested category.</summary>
    Accepted,
}
