namespace ProcurementSim.Core.Scenarios;

/// <summary>The integrator (partner) that deploys vendors' outputs into operations.</summary>
/// <param name="MisuseProbability">Weekly chance, per vendor at full operational tasking, of a use that conflicts with that vendor's policy.</param>
/// <param name="MisuseCategory">The category such a use falls into (e.g. <c>autonomous_lethal_weapons</c>).</param>
public sealed record IntegratorSpec(double MisuseProbability, string? MisuseCategory);
