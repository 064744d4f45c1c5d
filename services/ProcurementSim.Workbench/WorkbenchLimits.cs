namespace ProcurementSim.Workbench;

/// <summary>The workbench's bounds on what a request may carry.</summary>
internal static class WorkbenchLimits
{
    /// <summary>Largest JSON body: a 1 MiB scenario (the loader's limit) with JSON escaping can take about twice that.</summary>
    public const long MaxJsonBytes = 3 * 1024 * 1024;

    /// <summary>Largest scenario text, in UTF-8 bytes: the loader's own limit (docs/SCENARIO-FORMAT.md, "Limits").</summary>
    public const int MaxScenarioBytes = 1024 * 1024;

    /// <summary>Longest variant name.</summary>
    public const int MaxName = 200;

    /// <summary>Longest variant note.</summary>
    public const int MaxNote = 4000;

    /// <summary>Most variants side by side.</summary>
    public const int MaxCompared = 6;
}
