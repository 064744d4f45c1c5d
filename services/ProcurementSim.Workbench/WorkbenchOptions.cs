namespace ProcurementSim.Workbench;

/// <summary>The workbench's settings (configuration section "Workbench", or <c>procsim serve</c>'s options).</summary>
public sealed class WorkbenchOptions
{
    /// <summary>The SQLite file that keeps drafts and variants (<c>:memory:</c> for tests).</summary>
    public string StorePath { get; set; } = "workbench.db";

    /// <summary>The folder of scenario files a planner can open.</summary>
    public string? ScenariosFolder { get; set; } = "scenarios";

    /// <summary>
    /// The key that opens the workbench to a browser on another machine (after a sign-in form); without it the workbench
    /// answers only on this machine (loopback).
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Sampled futures of the background ranking when the planner does not choose.</summary>
    public int DefaultFutures { get; set; } = 200;

    /// <summary>
    /// How to start procsim for an experiment started from the page (its path, then any arguments before the command, e.g.
    /// <c>dotnet procsim.dll</c>); <c>procsim serve</c> sets it to itself. Null: the page cannot start experiments.
    /// </summary>
    public IReadOnlyList<string>? ProcsimCommand { get; set; }

    /// <summary>Where experiments started from the page keep their files (default: workbench-experiments beside the store).</summary>
    public string? ExperimentsFolder { get; set; }

    /// <summary>Most sampled futures a planner may ask the background ranking for.</summary>
    public int MaxFutures { get; set; } = 5000;
}
