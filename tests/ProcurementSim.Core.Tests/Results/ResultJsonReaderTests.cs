using System.Text;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Results;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Results;

public class ResultJsonReaderTests
{
    // The distributed mode prints its summary from the result.json it received; that only shows the run faithfully
    // when reading loses nothing, which writing again to the same bytes proves.
    [Fact]
    public void Reading_a_written_sample_and_writing_it_again_gives_the_same_bytes()
    {
        var bytes = ResultJsonWriter.ToBytes(SampleRun.Build());

        Assert.Equal(bytes, ResultJsonWriter.ToBytes(ResultJsonReader.FromBytes(bytes)));
    }

    [Theory]
    [InlineData("usage-policy-standoff.yaml", "structured_replacement", 1UL)]
    [InlineData("teaching-minimal.yaml", "status_quo", 7UL)]
    [InlineData("fragile-transition.yaml", null, 18_446_744_073_709_551_615UL)]
    public void Reading_a_played_run_and_writing_it_again_gives_the_same_bytes(string file, string? strategy, ulong seed)
    {
        var scenario = ReferenceScenarios.Load(file);
        var played = Simulator.Run(scenario, strategy is null ? scenario.Strategies[0] : scenario.FindStrategy(strategy)!, seed);
        var bytes = ResultJsonWriter.ToBytes(played);

        var read = ResultJsonReader.FromBytes(bytes);

        Assert.Equal(bytes, ResultJsonWriter.ToBytes(read));
        // timeline.csv is written from the same record, so the record read must give the played run's CSV too.
        Assert.Equal(TimelineCsvWriter.ToBytes(played), TimelineCsvWriter.ToBytes(read));
    }

    [Fact]
    public void The_values_read_are_the_values_written()
    {
        var sample = SampleRun.Build();

        var read = ResultJsonReader.FromBytes(ResultJsonWriter.ToBytes(sample));

        Assert.Equal(sample.Seed, read.Seed);
        Assert.Equal(sample.Metrics, read.Metrics);
        Assert.Equal(sample.Breakdown, read.Breakdown);
        Assert.Equal(sample.Events, read.Events);
        Assert.Equal(sample.Categories, read.Categories);
        Assert.Equal(sample.Timeline[2].CapabilityByCategory, read.Timeline[2].CapabilityByCategory);
        Assert.Equal(0.1 + 0.2, read.Timeline[2].MissionCapability);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"format\": \"procsim.result/99\"}")]
    [InlineData("[1, 2]")]
    public void Text_that_is_not_a_result_json_is_refused_with_a_format_exception(string text)
    {
        var e = Assert.Throws<FormatException>(() => ResultJsonReader.FromBytes(Encoding.UTF8.GetBytes(text)));

        Assert.StartsWith("The text is not a result.json", e.Message, StringComparison.Ordinal);
    }
}
