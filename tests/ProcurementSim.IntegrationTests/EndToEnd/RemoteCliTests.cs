using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary><c>procsim run --remote URL</c> against the services over the real broker writes the embedded run's files.</summary>
[Collection(BrokerCollection.Name)]
public sealed class RemoteCliTests(OneReplicaSystem fixture) : IClassFixture<OneReplicaSystem>
{
    private static readonly string[] FileNames = ["result.json", "timeline.csv", "report.html"];

    [Theory]
    [InlineData(ReferenceScenarios.TeachingMinimal)]
    [InlineData(ReferenceScenarios.Standoff, "--strategy", "phased_reduction", "--seed", "7")]
    public async Task Procsim_run_remote_writes_the_three_files_of_the_embedded_run_byte_for_byte(string file, params string[] options)
    {
        using var temp = new TempDirectory();
        var path = ReferenceScenarios.PathOf(file);

        var embedded = await CliOutcome.RunAsync(["run", path, .. options, "--out", temp.File("embedded")]);
        var remote = await CliOutcome.RunAsync(["run", path, .. options, "--out", temp.File("remote"), "--remote", fixture.System.Orchestrator.GrpcAddress]);

        Assert.True(embedded.ExitCode == 0, embedded.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        Assert.Contains($"started on {fixture.System.Orchestrator.GrpcAddress}", remote.Error, StringComparison.Ordinal);
        foreach (var name in FileNames)
        {
            SameBytes.Assert(File.ReadAllBytes(Path.Combine(temp.File("embedded"), name)), File.ReadAllBytes(Path.Combine(temp.File("remote"), name)), name);
        }

        // And both are the Core's own writers' bytes.
        var strategy = options.Length > 1 ? options[1] : ReferenceScenarios.Load(file).Strategies[0].Name;
        var seed = options.Length > 3 ? ulong.Parse(options[3], System.Globalization.CultureInfo.InvariantCulture) : (ulong?)null;
        var core = EmbeddedFiles.Of(file, strategy, seed);
        SameBytes.Assert(core.ResultJson, File.ReadAllBytes(Path.Combine(temp.File("remote"), "result.json")), "result.json");
        SameBytes.Assert(core.TimelineCsv, File.ReadAllBytes(Path.Combine(temp.File("remote"), "timeline.csv")), "timeline.csv");
        SameBytes.Assert(core.ReportHtml, File.ReadAllBytes(Path.Combine(temp.File("remote"), "report.html")), "report.html");

        // The same summary on stdout; only the directory in "Files written" differs.
        Assert.Equal(
            embedded.Output.Replace(temp.File("embedded"), "DIR", StringComparison.Ordinal),
            remote.Output.Replace(temp.File("remote"), "DIR", StringComparison.Ordinal));
    }
}
