namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// The Core's folders from the bottom up: a folder may use the folders listed before it, never one listed after it.
/// The model is everything up to <c>Engine</c>; experiments, the scenario loader and the seminar sit above it, so the
/// model knows none of them. docs/ARCHITECTURE.md ("The Core's layers") draws the same list.
/// </summary>
internal static class CoreLayers
{
    public const string Root = "ProcurementSim.Core";

    /// <summary>Every folder of the Core, lowest first.</summary>
    public static readonly IReadOnlyList<string> BottomUp =
    [
        "Text",        // name suggestion for messages
        "Conditions",  // the condition grammar outcome conditions and strategy triggers share
        "Randomness",  // counter-based streams
        "Events",      // the event log's entries
        "Metrics",     // metric names and values
        "Strategies",  // what a strategy is: kinds, parameters, specs
        "Scenarios",   // what a scenario is: categories, vendors, injects, ranges
        "Rules",       // the model's fixed coefficients and shared rules
        "Messages",    // what actors send each other
        "Decisions",   // decision points: views, actions, the vendor bot
        "Actors",      // agency, integrator, vendors
        "Playbooks",   // the agency's bots, one per strategy kind
        "Scoring",     // utilities and the composite score
        "Results",     // a run's result and its files
        "Engine",      // the tick loop and the recorder
        "Experiments", // designs, plans, overrides, outcome conditions
        "Loading",     // the scenario file reader
        "Seminar",     // human seats, turns, forks
    ];

    /// <summary>The folders that make the model (the run of one scenario, strategy and seed).</summary>
    public static IEnumerable<string> Model => BottomUp.Take(BottomUp.ToList().IndexOf("Engine") + 1);
}
