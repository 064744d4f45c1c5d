using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Bounds on scenario input, so a broken or hostile file cannot exhaust memory or time (docs/SCENARIO-FORMAT.md, "Limits").</summary>
internal static class Limits
{
    /// <summary>Largest file accepted, checked before parsing.</summary>
    internal const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings (the top-level mapping is level 1).</summary>
    internal const int MaxDepth = 64;

    /// <summary>Most alias nodes (<c>*name</c>) in one file.</summary>
    internal const int MaxAliases = 100;

    /// <summary>Most nodes that all aliases together may add to the document when expanded.</summary>
    internal const int MaxAliasExpansion = 10_000;

    internal const int MaxTicks = ScenarioRanges.MaxTicks;
    internal const int MaxCategories = 64;
    internal const int MaxVendors = 64;
    internal const int MaxStrategies = 64;
    internal const int MaxInjects = 1_000;
    internal const int MaxNameLength = 64;
    internal const int MaxUncertainties = 64;
    internal const int MaxLevers = 64;
    internal const int MaxSatisficing = 16;

    /// <summary>Most values of one <c>discrete</c> distribution or lever <c>values</c> list.</summary>
    internal const int MaxDiscreteValues = 1_000;

    /// <summary>Largest duration in weeks (notice, accreditation, ramp-up, inject weeks); the same bound as strategy weeks.</summary>
    internal const int MaxWeeks = ScenarioRanges.MaxWeeks;
}
