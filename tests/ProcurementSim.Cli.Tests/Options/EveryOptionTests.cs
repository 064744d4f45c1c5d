using System.CommandLine;
using ProcurementSim.Testing.Files;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>
/// Every option of every command, through the real root command (what the procsim binary runs), with an observable
/// effect each; and a guard that walks the command tree so that an option added without a row here fails the build's tests.
/// </summary>
public sealed class EveryOptionTests
{
    public static TheoryData<string> Keys => [.. OptionTable.All.Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_option_has_its_documented_effect(string key)
    {
        var row = OptionTable.ByKey[key];
        using var temp = new TempDirectory();
        var run = new OptionRun(temp);

        row.Check(run);

        // The check ran the command it is about, in every spelling the row claims.
        Assert.NotEmpty(run.Calls);
        foreach (var spelling in row.Spellings)
        {
            Assert.True(run.Calls.Any(args => Covers(args, row.Command) && args.Contains(spelling)), $"{key}: no call used '{spelling}'");
        }
    }

    [Fact]
    public void Every_option_of_every_command_has_a_row_in_the_table()
    {
        var missing = new List<string>();
        foreach (var (command, option) in OptionsInScope())
        {
            if (!OptionTable.ByKey.TryGetValue($"{command} {option.Name}", out var row))
            {
                missing.Add($"{command} {option.Name}");
                continue;
            }

            missing.AddRange(option.Aliases.Where(a => !row.Spellings.Contains(a) && !IsHelpAlias(option, a)).Select(a => $"{command} {option.Name} (alias {a})"));
        }

        Assert.True(missing.Count == 0, "options without a row in OptionTable (add one that checks what the option does): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_row_of_the_table_is_an_option_of_the_command_tree()
    {
        var real = OptionsInScope().Select(p => $"{p.Command} {p.Option.Name}").ToHashSet(StringComparer.Ordinal);

        var stale = OptionTable.All.Select(c => c.Key).Where(k => !real.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "rows for options the command tree does not have: " + string.Join(", ", stale));
        Assert.Equal(OptionTable.All.Count, OptionTable.ByKey.Count);
    }

    /// <summary>Every command (the root as <c>procsim</c>) with its own options and the recursive options of its ancestors (help).</summary>
    private static IEnumerable<(string Command, Option Option)> OptionsInScope()
    {
        var root = CliApp.CreateRootCommand(Support.Procsim.DefaultEnvironment);
        foreach (var option in root.Options)
        {
            yield return ("procsim", option);
        }

        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Concat(root.Options.Where(o => o.Recursive)))
            {
                yield return (command.Name, option);
            }
        }
    }

    // -? and /? and /h are System.CommandLine's own spellings of help; the root's row checks -?.
    private static bool IsHelpAlias(Option option, string alias) => option is System.CommandLine.Help.HelpOption && alias.StartsWith('/');

    private static bool Covers(string[] args, string command) => command == "procsim" || (args.Length > 0 && args[0] == command);
}
