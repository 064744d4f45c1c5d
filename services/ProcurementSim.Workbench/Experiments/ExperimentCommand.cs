using System.Globalization;

namespace ProcurementSim.Workbench.Experiments;

/// <summary>
/// The procsim command line of an experiment started from the page: <c>compare</c>, <c>sweep</c> or <c>optimize</c>
/// with the options the CLI has, except those that choose where files go or what machine runs them (--out, --shard,
/// --remote, --ca, --api-key-file): the workbench decides those. Values are passed as separate arguments (never
/// through a shell) and the CLI itself checks them and says what is wrong.
/// </summary>
internal static class ExperimentCommand
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["compare"] = ["--runs", "--strategies", "--seed", "--parallel", "--satisfice"],
        ["sweep"] = ["--design", "--samples", "--replications", "--strategies", "--seed", "--fail", "--satisfice", "--parquet", "--parallel"],
        ["optimize"] = ["--strategy", "--objectives", "--population", "--generations", "--states", "--islands", "--seed", "--satisfice", "--parallel"],
    };

    private const int MaxValue = 1000;

    /// <summary>The arguments after the command's own path, or a sentence saying what is not allowed.</summary>
    /// <param name="command">compare, sweep or optimize.</param>
    /// <param name="scenario">The scenario file the job wrote.</param>
    /// <param name="output">The job's output folder.</param>
    /// <param name="options">Option name to values (several for --satisfice; "true" for the --parquet switch).</param>
    public static (IReadOnlyList<string>? Args, string? Problem) Arguments(string? command, string scenario, string output, IReadOnlyDictionary<string, string[]>? options)
    {
        if (command is null || !Options.TryGetValue(command, out var allowed)) return (null, "Choose compare, sweep or optimize.");
        var args = new List<string> { command, scenario };
        foreach (var (name, values) in options ?? new Dictionary<string, string[]>())
        {
            if (!allowed.Contains(name)) return (null, $"procsim {command} has no option {name} here; its options are {string.Join(", ", allowed)}.");
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                if (value.Length > MaxValue) return (null, string.Create(CultureInfo.InvariantCulture, $"{name}: at most {MaxValue} characters."));
                if (name == "--parquet")
                {
                    if (value == "true") args.Add(name);
                    continue;
                }
                args.Add(name);
                args.Add(value.Trim());
            }
        }
        args.Add("--out");
        args.Add(output);
        return (args, null);
    }
}
