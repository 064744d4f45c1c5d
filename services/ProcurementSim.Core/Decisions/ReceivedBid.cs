namespace ProcurementSim.Core.Decisions;

/// <summary>A bid as the agency holds it.</summary>
/// <param name="Vendor">Vendor index.</param>
/// <param name="Tick">Week it arrived.</param>
/// <param name="Price">Price per task unit.</param>
/// <param name="Quality">Quality the vendor claims.</param>
/// <param name="AcceptsAllLawfulUses">Whether it accepts the all-lawful-uses clause.</param>
/// <param name="Servable">Categories it would serve.</param>
public sealed record ReceivedBid(int Vendor, int Tick, double Price, double Quality, bool AcceptsAllLawfulUses, int[] Servable);
