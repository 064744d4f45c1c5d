using ProcurementSim.Testing.Scenarios;
using Xunit.Abstractions;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ProcurementSim.Cli.Tests.Support;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>
/// Issue #5: every file of the generated hostile corpus is refused by the real procsim (validate and run) with exit
/// code 2 and reasons in <c>file:line:column: reason</c> form, no stack trace, in bounded time and memory.
/// The time bounds are guards against hangs, not performance measurements: they are far above what a refusal costs
/// (milliseconds) so that a slow CI machine does not fail them, yet a loop or a hang would.
/// </summary>
public sealed class HostileCorpusTests : IClassFixture<HostileCorpusFixture>
{
    /// <summary>An in-process refusal: validate or run of one file.</summary>
    private static readonly TimeSpan InProcessBound = TimeSpan.FromSeconds(5);

    /// <summary>A child process: the runtime's start-up (a few hundred ms) plus the refusal.</summary>
    private static readonly TimeSpan ChildBound = TimeSpan.FromSeconds(20);

    /// <summary>Bytes the test thread may allocate for one refusal: the 1 MiB read buffer and the tree of a file under 1 MiB fit many times over.</summary>
    private const long AllocationBound = 64L << 20;

    private readonly HostileCorpusFixture _corpus;

    private readonly ITestOutputHelper _output;

    public HostileCorpusTests(HostileCorpusFixture corpus, ITestOutputHelper output) => (_corpus, _output) = (corpus, output);

    [Fact]
    public void The_corpus_has_at_least_200_generated_files_in_every_category_of_the_issue()
    {
        var byCategory = _corpus.Files.GroupBy(f => f.File.Category).ToDictionary(g => g.Key, g => g.Count());

        _output.WriteLine(string.Join(Environment.NewLine, byCategory.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}")));
        Assert.True(_corpus.Files.Count >= 200, $"{_corpus.Files.Count} files");
        string[] categories =
        [
            HostileCorpus.WrongType, HostileCorpus.MissingSection, HostileCorpus.HugeNumber, HostileCorpus.NonFinite, HostileCorpus.TickCount,
            HostileCorpus.DuplicateKey, HostileBombs.AliasBomb, HostileBombs.DeepNesting, HostileBombs.Oversized, HostileBombs.InvalidUtf8,
            HostileBombs.TooManyActors, HostileBombs.Syntax,
        ];
        Assert.All(categories, c => Assert.True(byCategory.GetValueOrDefault(c) >= 3, $"{c}: {byCategory.GetValueOrDefault(c)} files"));
        Assert.Equal(_corpus.Files.Count, _corpus.Files.Select(f => f.Path).Distinct().Count());
        Assert.Contains(_corpus.Files, f => f.File.Name == HostileBombs.TwentyMegabytes && new FileInfo(f.Path).Length == 20_000_000);
        Assert.Contains(_corpus.Files, f => f.File.Name == "ticks-1000000.yaml");
    }

    [Fact]
    public void The_corpus_is_the_same_on_every_generation()
    {
        var again = HostileCorpus.Generate(File.ReadAllText(ReferenceScenarios.TeachingMinimalPath));

        Assert.Equal(_corpus.Files.Select(f => (f.File.Name, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.File.Content)))),
            again.Select(f => (f.Name, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content)))));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public void Every_file_is_refused_in_process_with_exit_code_2_and_positioned_reasons_in_bounded_time_and_memory(string command)
    {
        var failures = new List<string>();
        foreach (var (file, path) in _corpus.Files)
        {
            string[] args = command == "run" ? ["run", path, "--out", Path.Combine(_corpus.Directory.Path, "out")] : ["validate", path];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var outcome = Procsim.Run(args);
            var elapsed = clock.Elapsed;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            var problem = Check(file, path, outcome.ExitCode, outcome.Error)
                ?? (elapsed > InProcessBound ? $"took {elapsed.TotalSeconds:0.0} s" : null)
                ?? (allocated > AllocationBound ? $"allocated {allocated >> 20} MiB" : null);
            if (problem is not null)
            {
                failures.Add($"{file}: {problem}\n{outcome}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {_corpus.Files.Count} files:\n" + string.Join("\n\n", failures.Take(10)));
        Assert.False(Directory.Exists(Path.Combine(_corpus.Directory.Path, "out")), "run wrote results for a refused file");
    }

    /// <summary>The real command in a child process for a sample: the 20 MB file, alias bombs, deep nesting, invalid UTF-8, 10^6 ticks.</summary>
    [Theory]
    [InlineData(HostileBombs.TwentyMegabytes)]
    [InlineData("laughs-10x9.yaml")]
    [InlineData("laughs-2x30.yaml")]
    [InlineData("aliases-20000.yaml")]
    [InlineData("flow-lists-100000.yaml")]
    [InlineData("bytes-6-0-")]
    [InlineData("ticks-1000000.yaml")]
    [InlineData("vendors-1002.yaml")]
    public void The_real_procsim_refuses_a_sample_in_a_child_process(string name)
    {
        var (file, path) = _corpus.Files.First(f => f.File.Name.StartsWith(name, StringComparison.Ordinal));
        foreach (var args in new[] { new[] { "validate", path }, ["run", path, "--out", Path.Combine(_corpus.Directory.Path, "child-out")] })
        {
            var (exitCode, stdout, stderr, elapsed) = ChildProcsim.Run(ChildBound * 2, args);

            Assert.True(Check(file, path, exitCode, stderr) is null, $"{Check(file, path, exitCode, stderr)}\nexit {exitCode}\n{stdout}\n{stderr}");
            Assert.True(elapsed < ChildBound, $"{args[0]} took {elapsed}");
        }
    }

    /// <summary>Null when procsim refused the file as it should; otherwise what is wrong.</summary>
    private static string? Check(HostileFile file, string path, int exitCode, string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var position = new Regex("^" + Regex.Escape(path) + @":(\d+):(\d+): \S");
        if (exitCode != 2) return $"exit code {exitCode}, expected 2";
        if (lines.Length < 2) return "expected reasons and a count";
        if (!position.IsMatch(lines[0])) return "the first line does not start with file:line:column: reason";
        if (lines.Any(l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal))) return "a stack trace or an exception name";

        // One line per problem, then "file: N problems" counting them; past the first 100 problems the last reason counts
        // those not shown ("N more problems from here on are not shown"), and the count is of them all.
        var reasons = lines[..^1];
        if (!reasons.All(position.IsMatch)) return "a line between the reasons is not a file:line:column: reason";
        var more = Regex.Match(reasons[^1], @": scenario: (\d+) more problems from here on are not shown");
        var count = more.Success ? reasons.Length - 1 + int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : reasons.Length;
        if (more.Success && reasons.Length != 101) return "the problems not shown are counted after other than the first 100";
        if (lines[^1] != $"{path}: {(count == 1 ? "1 problem" : $"{count} problems")}") return "the last line does not count the reasons";
        if (file.FileLevel && (reasons.Length != 1 || !reasons[0].StartsWith(path + ":1:1: ", StringComparison.Ordinal) || !reasons[0].Contains(file.Reason, StringComparison.Ordinal)))
        {
            return $"expected exactly one reason at 1:1 containing '{file.Reason}'";
        }

        var prefix = file.Line is { } line ? $"{path}:{line}:" : path + ":";
        if (!lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Contains(file.Reason, StringComparison.Ordinal)))
        {
            return $"no line starting '{prefix}' contains '{file.Reason}'";
        }

        return null;
    }
}
