using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Grpc;

/// <summary>
/// What a client written from the protos alone needs: WatchRun replays a run's ticks from a given tick (a watcher
/// that opens the stream late misses nothing) and ListRuns pages. (A batch names its inputs: IntegrationTests' BatchTests.)
/// </summary>
public sealed class ThirdPartyApiTests(InProcessSystem system) : IClassFixture<InProcessSystem>, IDisposable
{
    private readonly OrchestratorApi _api = new(system.OrchestratorAddress);

    private StartRunRequest Teaching() => new()
    {
        ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal),
        ScenarioFile = ReferenceScenarios.TeachingMinimal,
        Strategy = "structured_replacement",
    };

    [Fact]
    public async Task WatchRun_from_a_tick_replays_every_tick_since_even_after_the_run_ended()
    {
        var started = await _api.StartRunAsync(Teaching());
        await _api.WatchToEndAsync(started.RunId, TimeSpan.FromMinutes(1));

        var latest = await _api.WatchRunAsync(started.RunId);
        var fromStart = await _api.WatchRunAsync(new WatchRunRequest { RunId = started.RunId, FromTick = 0 });
        var fromFive = await _api.WatchRunAsync(new WatchRunRequest { RunId = started.RunId, FromTick = 5 });

        var last = Assert.Single(latest);
        Assert.Equal(RunState.Completed, last.State);
        Assert.Equal(Enumerable.Range(0, started.Ticks), fromStart.Select(s => s.Tick).Distinct());
        Assert.Equal(fromStart.Select(s => s.Tick), fromStart.Select(s => s.Tick).Order());
        Assert.Equal(last, fromStart[^1]);
        Assert.Equal(5, fromFive[0].Tick);
        Assert.Equal(fromStart.SkipWhile(s => s.Tick < 5), fromFive);
        // A tick's snapshot is the same whether it was watched live or replayed.
        Assert.All(fromStart.Where(s => s.Tick >= 0), s => Assert.Equal(started.Ticks, s.Ticks));
    }

    [Fact]
    public async Task ListRuns_says_when_a_run_was_started_and_when_it_ended()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var started = await _api.StartRunAsync(Teaching());
        await _api.WatchToEndAsync(started.RunId, TimeSpan.FromMinutes(1));
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var summary = (await _api.ListRunsAsync()).Runs.Single(r => r.RunId == started.RunId);

        Assert.Equal(RunState.Completed, summary.State);
        Assert.InRange(summary.CreatedAt.ToDateTimeOffset(), before, after);
        Assert.InRange(summary.EndedAt.ToDateTimeOffset(), summary.CreatedAt.ToDateTimeOffset(), after);
    }

    [Fact]
    public async Task WatchRun_from_a_tick_before_minus_one_is_InvalidArgument()
    {
        var started = await _api.StartRunAsync(Teaching());

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.WatchRunAsync(new WatchRunRequest { RunId = started.RunId, FromTick = -2 }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("from_tick is -2", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRuns_pages_through_every_run_newest_first_without_a_repeat()
    {
        for (var i = 0; i < 5; i++)
        {
            await _api.StartRunAsync(Teaching());
        }

        var all = (await _api.ListRunsAsync()).Runs.Select(r => r.RunId).ToList();
        var paged = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await _api.ListRunsAsync(new ListRunsRequest { PageSize = 2, PageToken = token });
            Assert.InRange(page.Runs.Count, 1, 2);
            paged.AddRange(page.Runs.Select(r => r.RunId));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.True(all.Count >= 5);
        Assert.Equal(all, paged);
        Assert.Equal((all.Count + 1) / 2, pages);
    }

    [Theory]
    [InlineData(-1, "")]
    [InlineData(1_001, "")]
    [InlineData(2, "not-a-token")]
    public async Task ListRuns_with_a_bad_page_size_or_token_is_InvalidArgument(int size, string token)
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => _api.ListRunsAsync(new ListRunsRequest { PageSize = size, PageToken = token }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains(size is < 0 or > 1_000 ? "page_size" : "page_token", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamResult_sends_the_files_GetResult_does_in_chunks_far_below_the_receive_limit()
    {
        var started = await _api.StartRunAsync(Teaching());
        await _api.WatchToEndAsync(started.RunId, TimeSpan.FromMinutes(1));
        var whole = await _api.GetResultAsync(started.RunId, includeReport: true);
        using var channel = OrchestratorApi.Channel(system.OrchestratorAddress);
        var client = new Protocol.V1.Orchestrator.OrchestratorClient(channel);

        var chunks = new List<ResultChunk>();
        using (var call = client.StreamResult(new GetResultRequest { RunId = started.RunId, IncludeReport = true }))
        {
            await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            {
                chunks.Add(chunk);
            }
        }

        Assert.Equal(["result.json", "timeline.csv", "report.html"], chunks.Select(c => c.File).Distinct());
        Assert.All(chunks, c => Assert.InRange(c.Data.Length, 0, 256 * 1024));
        Assert.True(chunks.Count(c => c.File == "report.html") > 1, "report.html (about 3.6 MB) came in one chunk");
        byte[] File(string name)
        {
            var parts = chunks.Where(c => c.File == name).ToList();
            Assert.Equal(parts.Select(p => p.Offset), parts.Select((p, i) => parts.Take(i).Sum(q => (long)q.Data.Length)));
            Assert.All(parts, p => Assert.Equal(parts.Sum(q => (long)q.Data.Length), p.Size));
            return [.. parts.SelectMany(p => p.Data)];
        }

        Assert.Equal(whole.ResultJson.ToByteArray(), File("result.json"));
        Assert.Equal(whole.TimelineCsv.ToByteArray(), File("timeline.csv"));
        Assert.Equal(whole.ReportHtml.ToByteArray(), File("report.html"));
    }

    [Fact]
    public async Task A_refused_scenario_carries_its_diagnostics_as_a_typed_detail_too()
    {
        var text = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal).Replace("\nticks:", "\ntiks:", StringComparison.Ordinal);
        var expected = Core.Loading.ScenarioLoader.LoadText(text, "typo.yaml").Diagnostics;
        Assert.NotEmpty(expected);

        var e = await Assert.ThrowsAsync<RpcException>(() => _api.StartRunAsync(new StartRunRequest { ScenarioYaml = text, ScenarioFile = "typo.yaml" }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var typed = e.GetRpcStatus()?.GetDetail<ScenarioProblems>();
        Assert.NotNull(typed);
        Assert.Equal(expected.Select(d => (d.File, d.Line, d.Column, d.Message)), typed.Diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message)));
    }

    public void Dispose() => _api.Dispose();
}
