using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>
/// One row of the option table: an option of a command (<c>procsim</c> itself for the root's), the spellings it is
/// given in (its name and aliases), and a check that runs procsim through the real parser and asserts what the
/// option changes: an exit code, a sentence, a file's content.
/// </summary>
/// <param name="Command">The command's name, or <c>procsim</c> for the root command.</param>
/// <param name="Option">The option's name, as the command tree has it (e.g. <c>--out</c>).</param>
/// <param name="Spellings">Every spelling the check uses (the name and aliases); the guard wants each alias used somewhere.</param>
/// <param name="Check">Runs procsim (through <see cref="OptionRun.Procsim"/>) and asserts the option's effect.</param>
internal sealed record OptionCase(string Command, string Option, string[] Spellings, Action<OptionRun> Check)
{
    /// <summary>The key of the row: <c>command option</c>.</summary>
    public string Key => $"{Command} {Option}";

    public override string ToString() => Key;
}

/// <summary>What a check runs in: a temporary directory, and procsim run in process with every argument list recorded.</summary>
internal sealed class OptionRun(TempDirectory temp)
{
    private readonly List<string[]> _calls = [];

    public TempDirectory Temp { get; } = temp;

    /// <summary>Every argument list passed to procsim so far.</summary>
    public IReadOnlyList<string[]> Calls => _calls;

    /// <summary>Runs procsim with <paramref name="args"/> (the default test environment: no colour, 80 columns).</summary>
    public CliOutcome Procsim(params string[] args)
    {
        _calls.Add(args);
        return Support.Procsim.Run(args);
    }

    /// <summary>Runs procsim and asserts exit code 0.</summary>
    public CliOutcome Succeeds(params string[] args)
    {
        var outcome = Procsim(args);
        Assert.True(outcome.ExitCode == 0, $"procsim {string.Join(' ', args)}\n{outcome}");
        return outcome;
    }

    /// <summary>Runs procsim, asserts <paramref name="exitCode"/> and that stderr holds <paramref name="sentence"/>.</summary>
    public CliOutcome Fails(int exitCode, string sentence, params string[] args)
    {
        var outcome = Procsim(args);
        Assert.True(outcome.ExitCode == exitCode, $"expected exit code {exitCode}: procsim {string.Join(' ', args)}\n{outcome}");
        Assert.Contains(sentence, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        return outcome;
    }

    /// <summary>Parses <paramref name="args"/> with the real root command without running it, and asserts there is no error.</summary>
    public System.CommandLine.ParseResult Parses(params string[] args)
    {
        _calls.Add(args);
        var result = CliApp.CreateRootCommand(Support.Procsim.DefaultEnvironment).Parse(args);
        Assert.True(result.Errors.Count == 0, $"procsim {string.Join(' ', args)}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        return result;
    }
}
