using System.Net;
using System.Text.Json;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Workbench.Tests;

/// <summary>Compare, sweep and optimize started from the page: the CLI's options, its files, progress, stop.</summary>
[Collection(HeavyTests.Name)]
public sealed class WorkbenchExperimentTests : IDisposable
{
    private readonly TempDirectory _dir = new("procsim-workbench-exp-");

    public void Dispose() => _dir.Dispose();

    private static async Task<string> Draft(HttpClient c, string file)
    {
        using var r = await c.PostAsync("/workbench/api/drafts", WorkbenchServer.Json(new { source = "file", name = file }));
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<(HttpStatusCode Status, string Body)> Start(HttpClient c, string draft, string command, object options)
    {
        using var r = await c.PostAsync("/workbench/api/experiments", WorkbenchServer.Json(new { source = "draft", id = draft, command, options }));
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    // Polls the list as a reloaded page would (a new client each time: nothing lives in the page).
    private static async Task<JsonElement> Until(WorkbenchServer server, string id, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var c = server.Client();
            var list = JsonDocument.Parse(await c.GetStringAsync("/workbench/api/experiments")).RootElement;
            var job = list.EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
            if (condition(job)) return job.Clone();
            Assert.True(DateTime.UtcNow < deadline, $"still {job}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_compare_from_the_page_writes_the_files_procsim_compare_writes_with_the_same_options()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        using var c = server.Client();
        var draft = await Draft(c, ReferenceScenarios.Standoff);
        var (status, body) = await Start(c, draft, "compare", new Dictionary<string, string[]> { ["--runs"] = ["40"], ["--satisfice"] = ["mission_capability_mean >= 0.8", "total_cost <= 1.4e8"] });
        Assert.True(status == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        var job = await Until(server, id, j => j.GetProperty("state").GetString() != "running");
        Assert.Equal("done", job.GetProperty("state").GetString());

        var outDir = _dir.File("cli");
        var cli = await CliOutcome.RunAsync("compare", ReferenceScenarios.StandoffPath, "--runs", "40", "--satisfice", "mission_capability_mean >= 0.8", "--satisfice", "total_cost <= 1.4e8", "--out", outDir);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        foreach (var name in new[] { "compare.json", "runs.csv", "report.html" })
        {
            Assert.Contains(name, job.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
            var fromPage = await c.GetByteArrayAsync($"/workbench/experiments/{id}/files/{name}");
            Assert.True(File.ReadAllBytes(Path.Combine(outDir, name)).AsSpan().SequenceEqual(fromPage), $"{name} differs from the CLI's");
        }
    }

    [Fact]
    public async Task A_variants_page_links_to_a_compare_of_that_variant_whose_runs_csv_is_the_clis_for_the_variants_yaml()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff).Replace("price: 1050", "price: 1400", StringComparison.Ordinal);
        using var saved = await c.PostAsync("/workbench/api/variants", WorkbenchServer.Json(new { name = "A dearer", note = "A bids from 1,400 a task unit", yaml }));
        var variant = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var page = await c.GetStringAsync($"/workbench/v/{variant}");
        Assert.Contains($"href=\"/workbench/experiments?variant={variant}\"", page, StringComparison.Ordinal);
        var experiments = await c.GetStringAsync($"/workbench/experiments?variant={variant}");
        Assert.Contains($"<option value=\"variant:{variant}\" selected>", experiments, StringComparison.Ordinal);

        using var started = await c.PostAsync("/workbench/api/experiments", WorkbenchServer.Json(new { source = "variant", id = variant, command = "compare", options = new Dictionary<string, string[]> { ["--runs"] = ["20"] } }));
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        Assert.Equal("done", (await Until(server, id, j => j.GetProperty("state").GetString() != "running")).GetProperty("state").GetString());

        var file = _dir.File("variant.yaml");
        await File.WriteAllBytesAsync(file, await c.GetByteArrayAsync($"/workbench/v/{variant}/files/scenario.yaml"));
        var outDir = _dir.File("cli");
        var cli = await CliOutcome.RunAsync("compare", file, "--runs", "20", "--out", outDir);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromPage = await c.GetByteArrayAsync($"/workbench/experiments/{id}/files/runs.csv");
        Assert.True(File.ReadAllBytes(Path.Combine(outDir, "runs.csv")).AsSpan().SequenceEqual(fromPage), "runs.csv differs from the CLI's");
        // The variant's change reached the experiment: the unchanged scenario's runs.csv is not this one.
        var reference = await CliOutcome.RunAsync("compare", ReferenceScenarios.StandoffPath, "--runs", "20", "--out", _dir.File("reference"));
        Assert.True(reference.ExitCode == 0, reference.ToString());
        Assert.False(File.ReadAllBytes(Path.Combine(_dir.File("reference"), "runs.csv")).AsSpan().SequenceEqual(fromPage));
    }

    [Fact]
    public async Task A_long_sweep_shows_its_progress_and_stops_like_ctrl_c_keeping_the_files_of_the_finished_states()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        using var c = server.Client();
        var draft = await Draft(c, ReferenceScenarios.Standoff);
        var (status, body) = await Start(c, draft, "sweep", new Dictionary<string, string[]> { ["--samples"] = ["200000"], ["--design"] = ["mc"], ["--parallel"] = ["1"] });
        Assert.True(status == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await Until(server, id, j => j.GetProperty("progress").GetString()!.StartsWith("runs ", StringComparison.Ordinal));

        using (var stop = await c.PostAsync($"/workbench/api/experiments/{id}/stop", null)) Assert.Equal(HttpStatusCode.NoContent, stop.StatusCode);
        var job = await Until(server, id, j => j.GetProperty("state").GetString() != "running");

        Assert.Equal("stopped", job.GetProperty("state").GetString());
        var summary = JsonDocument.Parse(await c.GetStringAsync($"/workbench/experiments/{id}/files/sweep.json")).RootElement;
        Assert.False(summary.GetProperty("header").GetProperty("complete").GetBoolean());
        Assert.True(job.GetProperty("percent").GetInt32() < 100);
    }

    [Fact]
    public async Task An_option_the_page_may_not_set_is_refused_and_a_bad_value_fails_with_the_clis_own_sentence()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        using var c = server.Client();
        var draft = await Draft(c, ReferenceScenarios.Standoff);

        var (refused, why) = await Start(c, draft, "compare", new Dictionary<string, string[]> { ["--out"] = ["/etc"] });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("procsim compare has no option --out here", why, StringComparison.Ordinal);

        var (status, body) = await Start(c, draft, "optimize", new Dictionary<string, string[]> { ["--strategy"] = ["no_such_strategy"] });
        Assert.Equal(HttpStatusCode.OK, status);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        var job = await Until(server, id, j => j.GetProperty("state").GetString() != "running");
        Assert.Equal("failed", job.GetProperty("state").GetString());
        Assert.Contains("no strategy named 'no_such_strategy'", job.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }
}
