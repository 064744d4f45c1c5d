namespace ProcurementSim.Cli.Commands;

/// <summary>
/// What <c>--strategies</c> asked for: named strategies, or every strategy of the scenario (<c>all</c>).
/// A value of its own rather than a null list, which System.CommandLine cannot hand back from a custom parser.
/// </summary>
/// <param name="Names">The strategy names in the order given, or null for every strategy of the scenario.</param>
internal sealed record StrategySelection(IReadOnlyList<string>? Names)
{
    /// <summary>The word that selects every strategy.</summary>
    public const string AllWord = "all";

    /// <summary>Every strategy of the scenario.</summary>
    public static StrategySelection All { get; } = new((IReadOnlyList<string>?)null);

    /// <summary>The names an experiment plays, or null for every strategy: <paramref name="selection"/> absent means every strategy too.</summary>
    public static IReadOnlyList<string>? NamesOf(StrategySelection? selection) => selection?.Names;
}
