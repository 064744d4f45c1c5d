using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Strategies;

/// <summary>The agency's playbooks (DOMAIN.md, "Strategies").</summary>
public enum StrategyKind
{
    /// <summary>Keep the incumbent under its policy.</summary>
    StatusQuo,
    /// <summary>Rounds of negotiation on conditional categories; red lines accepted.</summary>
    NegotiateCarveOut,
    /// <summary>Demand all lawful uses by a deadline; terminate on refusal.</summary>
    Ultimatum,
    /// <summary>Cut the incumbent's share by a step every k weeks to a floor while a replacement ramps.</summary>
    PhasedReduction,
    /// <summary>Solicit, evaluate, award, accredit, run in parallel, cut over, then terminate after notice.</summary>
    StructuredReplacement,
    /// <summary>Keep the incumbent for what it permits; add a flexible vendor for the rest.</summary>
    DualSource,
    /// <summary>Terminate at once (the baseline of what not to do).</summary>
    ImmediateTermination,
}
