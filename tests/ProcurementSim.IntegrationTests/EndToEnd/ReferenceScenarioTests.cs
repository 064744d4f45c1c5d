using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// The distributed mode's promise, over a real RabbitMQ: a run played by the four services through the public API
/// (StartRun, WatchRun to the end, GetResult) gives the files the embedded engine writes, byte for byte. All the
/// pairs run at the same time on one system (<see cref="ReferenceRuns"/>).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ReferenceScenarioTests(ReferenceRuns runs) : IClassFixture<ReferenceRuns>
{
    /// <summary>Every (scenarios/*.yaml file, strategy) pair.</summary>
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, strategy) in ReferenceScenarios.Pairs())
        {
            data.Add(file, strategy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Every_strategy_of_every_reference_scenario_gives_the_embedded_result_bytes(string file, string strategy)
    {
        var embedded = EmbeddedFiles.Of(file, strategy);

        var files = await runs.FilesOf(file, strategy);

        SameBytes.Assert(embedded.ResultJson, files.ResultJson.ToByteArray(), $"result.json of {file} / {strategy}");
        SameBytes.Assert(embedded.TimelineCsv, files.TimelineCsv.ToByteArray(), $"timeline.csv of {file} / {strategy}");
        SameBytes.Assert(embedded.ReportHtml, files.ReportHtml.ToByteArray(), $"report.html of {file} / {strategy}");
        Assert.Equal(embedded.Score, files.Score);
    }

    [Fact]
    public void The_pairs_cover_every_reference_scenario_file()
    {
        // A scenario added to scenarios/ joins the theory above by itself; an empty list would make it pass vacuously.
        Assert.Equal(ReferenceScenarios.Files, ReferenceScenarios.Pairs().Select(p => p.File).Distinct());
        Assert.Contains(ReferenceScenarios.Standoff, ReferenceScenarios.Files);
    }
}
