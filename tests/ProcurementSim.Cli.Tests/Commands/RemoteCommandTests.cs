using System.Net;
using System.Net.Sockets;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary><c>run</c> and <c>validate</c> with <c>--remote</c>, against the four services hosted in this process.</summary>
public sealed class RemoteCommandTests(InProcessSystem system) : IClassFixture<InProcessSystem>
{
    private string Url => system.OrchestratorAddress;

    private static readonly string[] FileNames = ["result.json", "timeline.csv", "report.html"];

    [Theory]
    [InlineData("teaching-minimal.yaml")]
    [InlineData("usage-policy-standoff.yaml", "--strategy", "structured_replacement")]
    [InlineData("usage-policy-standoff.yaml", "--strategy", "phased_reduction", "--seed", "42")]
    public void Run_remote_writes_the_files_of_the_embedded_run_byte_for_byte_and_prints_the_same_summary(string file, params string[] options)
    {
        using var temp = new TempDirectory();
        var path = ReferenceScenarios.PathOf(file);

        var embedded = Procsim.Run(["run", path, .. options, "--out", temp.File("embedded")]);
        var remote = Procsim.Run(["run", path, .. options, "--out", temp.File("remote"), "--remote", Url]);

        Assert.True(embedded.ExitCode == 0, embedded.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        foreach (var name in FileNames)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("embedded"), name)), File.ReadAllBytes(Path.Combine(temp.File("remote"), name)));
        }

        // The same summary; only the directory in "Files written" differs.
        Assert.Equal(embedded.Output.Replace(temp.File("embedded"), "DIR", StringComparison.Ordinal), remote.Output.Replace(temp.File("remote"), "DIR", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_remote_reports_the_run_id_and_progress_on_stderr_in_lines_when_not_at_a_terminal()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.StandoffPath, "--strategy", "structured_replacement", "--out", temp.Path, "--remote", Url);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.ErrorLines;
        Assert.Matches($"^procsim: run run-[0-9a-f]{{32}} started on {Url} \\(strategy structured_replacement, seed 20260227, 104 weeks\\)$", lines[0]);
        // 104 weeks: a line at each tenth (week 11 = 10 %, ..., week 104 = 100 %).
        Assert.Equal(["week 11/104 (10 %)", "week 21/104 (20 %)", "week 32/104 (30 %)", "week 42/104 (40 %)", "week 52/104 (50 %)",
            "week 63/104 (60 %)", "week 73/104 (70 %)", "week 84/104 (80 %)", "week 94/104 (90 %)", "week 104/104 (100 %)"], lines[1..]);
    }

    [Fact]
    public void Validate_remote_reports_what_the_embedded_validate_reports_with_the_same_exit_code()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);
        string[] files = [ReferenceScenarios.StandoffPath, broken.Path, ReferenceScenarios.TeachingMinimalPath, temp.File("missing.yaml")];

        var embedded = Procsim.Run(["validate", .. files]);
        var remote = Procsim.Run(["validate", .. files, "--remote", Url]);

        Assert.Equal(2, embedded.ExitCode);
        Assert.Equal(embedded.ToString(), remote.ToString());
        Assert.Contains(broken.TypoPosition, remote.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_remote_of_valid_files_exits_0()
    {
        var outcome = Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath, ReferenceScenarios.FragileTransitionPath, "--remote", Url);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath, ReferenceScenarios.FragileTransitionPath).Output, outcome.Output);
    }

    [Fact]
    public void Run_remote_of_a_broken_scenario_is_refused_with_exit_code_2_and_every_problem()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var outcome = Procsim.Run("run", broken.Path, "--out", temp.File("out"), "--remote", Url);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var lines = outcome.ErrorLines;
        Assert.Equal(3, lines.Length);
        Assert.Equal($"procsim: the orchestrator at {Url} refused the run (InvalidArgument): {broken.Path}: the scenario has 2 problems.", lines[0]);
        // Then every problem, as the embedded run prints them.
        var embedded = Procsim.Run("run", broken.Path, "--out", temp.File("out"));
        Assert.Equal(embedded.ErrorLines[..^1], lines[1..]);
        Assert.StartsWith(broken.TypoPosition, lines[1], StringComparison.Ordinal);
        Assert.StartsWith(broken.ProbabilityPosition, lines[2], StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Run_remote_with_an_unknown_strategy_is_refused_with_exit_code_2_and_the_scenarios_strategies()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--strategy", "nope", "--out", temp.Path, "--remote", Url);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            $"procsim: the orchestrator at {Url} refused the run (InvalidArgument): {ReferenceScenarios.TeachingMinimalPath}: no strategy named 'nope'; "
            + "the scenario's strategies are status_quo, structured_replacement.",
            Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public void Run_remote_of_a_missing_file_reports_it_as_the_embedded_run_does()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("missing.yaml");

        var embedded = Procsim.Run("run", missing);
        var remote = Procsim.Run("run", missing, "--remote", Url);

        Assert.Equal(2, remote.ExitCode);
        Assert.Equal(embedded.ToString(), remote.ToString());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void An_unreachable_orchestrator_gives_exit_code_3_and_a_sentence_naming_its_address(string command)
    {
        using var temp = new TempDirectory();
        var url = $"http://127.0.0.1:{FreePort()}";

        var outcome = Procsim.Run(command, ReferenceScenarios.TeachingMinimalPath, "--remote", url);

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"procsim: cannot reach the orchestrator at {url}: ", line, StringComparison.Ordinal);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(outcome.Output);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("compare", "--runs", "2")]
    public void An_actor_service_given_as_the_orchestrator_gives_exit_code_2_and_a_sentence_saying_it_is_not_one(string command, params string[] options)
    {
        using var temp = new TempDirectory();
        var url = system.ActorAddresses[0];

        var outcome = Procsim.Run([command, ReferenceScenarios.TeachingMinimalPath, .. options, .. command == "validate" ? Array.Empty<string>() : ["--out", temp.Path], "--remote", url]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal($"procsim: {url} is not a ProcurementSim orchestrator: it speaks gRPC but does not serve procurementsim.v1.Orchestrator (an actor service's port? the orchestrator's gRPC port is 5100 in deploy/).",
            outcome.ErrorLines[^1]);
    }

    [Fact]
    public async Task An_http1_port_given_as_the_orchestrator_gives_exit_code_2_and_a_sentence_saying_it_is_not_one()
    {
        using var temp = new TempDirectory();
        await using var http1 = await Http1Only.StartAsync();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--out", temp.Path, "--remote", http1.Address);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"procsim: {http1.Address} is not a ProcurementSim orchestrator: it does not answer gRPC over HTTP/2", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare", "--runs", "2")]
    [InlineData("sweep", "--samples", "2")]
    public void An_experiment_on_an_unreachable_orchestrator_gives_exit_code_3_and_a_sentence_naming_its_address(string command, string count, string value)
    {
        using var temp = new TempDirectory();
        var url = $"http://127.0.0.1:{FreePort()}";

        var outcome = Procsim.Run(command, ReferenceScenarios.TeachingMinimalPath, count, value, "--out", temp.Path, "--remote", url);

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        var line = outcome.ErrorLines[^1];
        Assert.StartsWith($"procsim: cannot reach the orchestrator at {url}: ", line, StringComparison.Ordinal);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(outcome.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remote_that_is_not_a_url_is_a_usage_error()
    {
        var outcome = Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath, "--remote", "localhost:5100");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("procsim: --remote expects the orchestrator's address, such as http://127.0.0.1:5100; 'localhost:5100' is not one.", outcome.ErrorLines);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
