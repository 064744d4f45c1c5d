namespace ProcurementSim.Core.Scenarios;

/// <summary>The legal status of a use category. The agency never tasks an unlawful category.</summary>
public enum LegalStatus
{
    /// <summary>Lawful: the agency tasks it.</summary>
    Lawful,
    /// <summary>Contested: lawful in the agency's reading but disputed; tasked, and weighs on reputational risk.</summary>
    Contested,
    /// <summary>Unlawful: never tasked, its demand is ignored.</summary>
    Unlawful,
}
