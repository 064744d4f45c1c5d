using System.CommandLine;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>Every <c>procsim …</c> line of README.md parses with the real root command, and those that need no server run.</summary>
public sealed class ReadmeCommandTests
{
    public static TheoryData<string> Lines => [.. ReadmeCommandLines.All().Select(args => string.Join(' ', args.Select(Quote))).Distinct(StringComparer.Ordinal)];

    [Fact]
    public void The_readme_shows_every_command()
    {
        var commands = ReadmeCommandLines.All().Select(args => args.FirstOrDefault(a => !a.StartsWith('-')) ?? args[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["validate", "strategies", "run", "compare", "sweep", "merge", "serve", "--help"], StringComparer.Ordinal), commands);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_readme_command_line_parses_without_errors(string line)
    {
        var args = ReadmeArgs(line);
        var result = CliApp.CreateRootCommand(Procsim.DefaultEnvironment).Parse(args);

        Assert.True(result.Errors.Count == 0, $"procsim {line}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        Assert.NotNull(result.Action);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_readme_command_line_that_needs_no_server_runs_with_exit_code_0(string line)
    {
        var args = ReadmeArgs(line);
        if (args.Contains("serve") || args.Contains("--remote") || args.Contains("merge"))
        {
            // A long-lived server, an orchestrator, or the shards of earlier lines: parsed above, run in
            // ServeCommandTests, RemoteCommandTests and the option table's merge row.
            return;
        }

        using var temp = new TempDirectory();
        var outcome = Procsim.Run(Small(args, temp));

        Assert.True(outcome.ExitCode == 0, $"procsim {line}\n{outcome}");
        Assert.NotEmpty(outcome.Output);
    }

    /// <summary>The line's arguments, with README's scenarios/ paths pointing at the copies next to the test assembly and globs expanded.</summary>
    private static string[] ReadmeArgs(string line) =>
    [
        .. ReadmeCommandLines.Split(line).SelectMany<string, string>(a => a.StartsWith("scenarios/", StringComparison.Ordinal)
            ? a.Contains('*', StringComparison.Ordinal)
                ? Directory.EnumerateFiles(ReferenceScenarios.Directory, Path.GetFileName(a)).Order(StringComparer.Ordinal)
                : [Path.Combine(ReferenceScenarios.Directory, a["scenarios/".Length..])]
            : [a]),
    ];

    /// <summary>The same command made quick: --runs and --samples of 3, a tiny lever search, and the output in <paramref name="temp"/>.</summary>
    private static string[] Small(string[] args, TempDirectory temp)
    {
        var small = args.ToList();
        for (var i = 0; i < small.Count - 1; i++)
        {
            if (small[i] is "--runs" or "--samples") small[i + 1] = "3";
            if (small[i] is "--out" or "-o") small[i + 1] = temp.File("out");
        }

        if (small.Count > 0 && small[0] is "run" or "compare" or "sweep" or "optimize" && !small.Contains("--out") && !small.Contains("-o"))
        {
            small.AddRange(["--out", temp.File("out")]);
        }

        // A lever search with the smallest budget: 4 candidates, 1 generation, 3 states.
        if (small.Count > 0 && small[0] == "optimize")
        {
            foreach (var (option, value) in (ReadOnlySpan<(string, string)>)[("--population", "4"), ("--generations", "1"), ("--states", "3")])
            {
                var at = small.IndexOf(option);
                if (at >= 0) small[at + 1] = value;
                else small.AddRange([option, value]);
            }
        }

        return [.. small];
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"\"{arg}\"" : arg;
}
