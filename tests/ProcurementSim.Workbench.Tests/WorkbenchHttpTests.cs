using System.Net;
using System.Text.Json;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Workbench.Tests;

/// <summary>The workbench's calls on a real Kestrel server: open, play live, problems at their field, variants and their files.</summary>
public sealed class WorkbenchHttpTests : IDisposable
{
    private readonly TempDirectory _dir = new("procsim-workbench-");

    private string Store => _dir.File("workbench.db");

    public void Dispose() => _dir.Dispose();

    private static async Task<JsonElement> PostJson(HttpClient c, string path, object body)
    {
        using var r = await c.PostAsync(path, WorkbenchServer.Json(body));
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{path}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Field(JsonElement answer, string path) =>
        answer.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path);

    private static string Splice(string yaml, JsonElement field, string value)
    {
        var start = field.GetProperty("start").GetInt32();
        var end = field.GetProperty("end").GetInt32();
        return yaml[..start] + value + yaml[end..];
    }

    [Fact]
    public async Task Both_doors_answer_on_one_server_the_seminar_at_the_root_and_the_workbench_under_its_path()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var seminar = await c.GetStringAsync("/");
        var workbench = await c.GetStringAsync("/workbench");
        Assert.Contains("New seminar game", seminar, StringComparison.Ordinal);
        Assert.Contains("href=\"/workbench\"", seminar, StringComparison.Ordinal);
        Assert.Contains("usage-policy-standoff.yaml", workbench, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", workbench, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_scenario_plays_its_default_strategy_to_the_score_the_core_gives_with_metrics_explained_and_figures()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var draft = await PostJson(c, "/workbench/api/drafts", new { source = "file", name = ReferenceScenarios.Standoff });
        var saved = JsonDocument.Parse(await c.GetStringAsync($"/workbench/api/drafts/{draft.GetProperty("id").GetString()}")).RootElement;
        Assert.Equal(ReferenceScenarios.Text(ReferenceScenarios.Standoff), saved.GetProperty("yaml").GetString());

        var answer = await PostJson(c, "/workbench/api/play", new { yaml = saved.GetProperty("yaml").GetString() });

        var scenario = ReferenceScenarios.StandoffScenario;
        var expected = Simulator.Run(scenario, scenario.Strategies[0], scenario.Seed, RunOptions.Default);
        var run = answer.GetProperty("run");
        Assert.Equal(expected.Score, run.GetProperty("score").GetDouble());
        Assert.Equal(scenario.Strategies[0].Name, answer.GetProperty("strategy").GetString());
        Assert.Equal(7, answer.GetProperty("strategies").GetArrayLength());
        Assert.All(run.GetProperty("metrics").EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("note").GetString()), m.ToString()));
        Assert.Equal(["chart-capability", "chart-allocation", "chart-cost"], run.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(expected.Events.Count(e => e.Key), run.GetProperty("events").GetArrayLength());
        Assert.Equal(expected.Timeline.Count, run.GetProperty("capability").GetArrayLength());
    }

    [Fact]
    public async Task Changing_the_replacements_accreditation_time_changes_only_that_value_in_the_text_and_the_score()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var first = await PostJson(c, "/workbench/api/play", new { yaml });
        var field = Field(first, "vendors.replacement_b.replacement.accreditation_weeks");
        Assert.Equal("26", field.GetProperty("value").GetString());
        Assert.Equal("number", field.GetProperty("kind").GetString());

        var changed = Splice(yaml, field, "45");
        var second = await PostJson(c, "/workbench/api/play", new { yaml = changed });

        // The whole text but that value is as it was; the loaded scenario has the new value; the score moved.
        Assert.Equal(yaml.Replace("      accreditation_weeks: 26\n", "      accreditation_weeks: 45\n", StringComparison.Ordinal), changed);
        Assert.NotEqual(first.GetProperty("run").GetProperty("score").GetDouble(), second.GetProperty("run").GetProperty("score").GetDouble());
        Assert.Equal("45", Field(second, "vendors.replacement_b.replacement.accreditation_weeks").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_value_an_uncertainty_samples_says_the_ranking_draws_it_and_how_and_an_unsampled_one_does_not()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var answer = await PostJson(c, "/workbench/api/play", new { yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff) });

        // The standoff's uncertainties: b_accreditation_weeks (triangular 16/26/52) samples B's accreditation time.
        Assert.Equal("b_accreditation_weeks: triangular, min 16, mode 26, max 52",
            Field(answer, "vendors.replacement_b.replacement.accreditation_weeks").GetProperty("sampled").GetString());
        Assert.Equal(JsonValueKind.Null, Field(answer, "vendors.replacement_b.price").GetProperty("sampled").ValueKind);
        // Every sampled field is one an uncertainty names, and no other.
        var sampled = answer.GetProperty("fields").EnumerateArray().Where(f => f.GetProperty("sampled").ValueKind == JsonValueKind.String).Select(f => f.GetProperty("path").GetString()).ToHashSet();
        var named = ReferenceScenarios.StandoffExperiment.Uncertainties.Select(u => u.Parameter).ToHashSet();
        Assert.NotEmpty(sampled);
        Assert.Subset(named, sampled!);
    }

    [Fact]
    public async Task A_broken_field_comes_back_as_the_validate_sentence_at_the_fields_own_line_and_column()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var field = Field(await PostJson(c, "/workbench/api/play", new { yaml }), "vendors.incumbent.quality");
        var broken = Splice(yaml, field, "1.5");
        var answer = await PostJson(c, "/workbench/api/play", new { yaml = broken });

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("run").ValueKind);
        var problem = Assert.Single(answer.GetProperty("problems").EnumerateArray());
        Assert.Equal(field.GetProperty("line").GetInt32(), problem.GetProperty("line").GetInt32());
        Assert.Equal(field.GetProperty("column").GetInt32(), problem.GetProperty("column").GetInt32());
        // The same sentence procsim validate prints for the same text.
        var file = _dir.File("broken.yaml");
        await File.WriteAllTextAsync(file, broken);
        var validate = await CliOutcome.RunAsync("validate", file);
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains(problem.GetProperty("message").GetString()!, validate.Error, StringComparison.Ordinal);
        // The form still offers the field, so the planner can put it right where it broke.
        Assert.Equal("1.5", Field(answer, "vendors.incumbent.quality").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_variants_files_are_byte_for_byte_the_files_procsim_run_writes_for_its_yaml_strategy_and_seed()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var field = Field(await PostJson(c, "/workbench/api/play", new { yaml }), "vendors.replacement_b.replacement.accreditation_weeks");
        var variant = await PostJson(c, "/workbench/api/variants", new { name = "B slower", note = "B takes 40 weeks", yaml = Splice(yaml, field, "40"), strategy = "dual_source", seed = 7 });
        var id = variant.GetProperty("id").GetString();

        var downloaded = _dir.File("scenario.yaml");
        await File.WriteAllBytesAsync(downloaded, await c.GetByteArrayAsync($"/workbench/v/{id}/files/scenario.yaml"));
        var outDir = _dir.File("cli");
        var cli = await CliOutcome.RunAsync("run", downloaded, "--strategy", "dual_source", "--seed", "7", "--out", outDir);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        foreach (var name in new[] { "result.json", "timeline.csv", "report.html" })
        {
            var fromPage = await c.GetByteArrayAsync($"/workbench/v/{id}/files/{name}");
            Assert.True(File.ReadAllBytes(Path.Combine(outDir, name)).AsSpan().SequenceEqual(fromPage), $"{name} differs from the CLI's");
        }
        var result = ResultJsonReader.FromBytes(File.ReadAllBytes(Path.Combine(outDir, "result.json")));
        Assert.Equal(("dual_source", 7UL), (result.Strategy, result.Seed));
    }

    [Fact]
    public async Task Drafts_and_variants_outlive_a_restart_of_the_server()
    {
        string draftId, variantId;
        const string typed = "name: half-typed\nticks: 1O\n";
        await using (var server = await WorkbenchServer.StartAsync(Store))
        {
            using var c = server.Client();
            draftId = (await PostJson(c, "/workbench/api/drafts", new { source = "template" })).GetProperty("id").GetString()!;
            using var save = await c.PostAsync($"/workbench/api/drafts/{draftId}", WorkbenchServer.Json(new { yaml = typed, strategy = "status_quo", seed = 3 }));
            Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
            variantId = (await PostJson(c, "/workbench/api/variants", new { name = "kept", note = "", yaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal) })).GetProperty("id").GetString()!;
        }
        await using (var server = await WorkbenchServer.StartAsync(Store))
        {
            using var c = server.Client();
            var draft = JsonDocument.Parse(await c.GetStringAsync($"/workbench/api/drafts/{draftId}")).RootElement;
            Assert.Equal(typed, draft.GetProperty("yaml").GetString());
            Assert.Equal("status_quo", draft.GetProperty("strategy").GetString());
            Assert.Equal(3UL, draft.GetProperty("seed").GetUInt64());
            Assert.Contains("kept", await c.GetStringAsync($"/workbench/v/{variantId}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_variants_side_by_side_show_the_input_that_differs_and_the_outcomes_that_differ()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var field = Field(await PostJson(c, "/workbench/api/play", new { yaml }), "vendors.replacement_b.replacement.accreditation_weeks");
        var a = (await PostJson(c, "/workbench/api/variants", new { name = "as written", note = "", yaml })).GetProperty("id").GetString();
        var b = (await PostJson(c, "/workbench/api/variants", new { name = "B at 50 weeks", note = "", yaml = Splice(yaml, field, "50") })).GetProperty("id").GetString();

        var page = await c.GetStringAsync($"/workbench/compare?ids={a},{b}");

        // WebUtility.HtmlEncode writes the middle dot as &#183;.
        Assert.Contains("Vendor: Replacement b &#183; Accreditation time (weeks)<br><code class=\"note\">vendors.replacement_b.replacement.accreditation_weeks</code></th><td class=\"num\">26</td><td class=\"num\">50</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("vendors.replacement_a.replacement.accreditation_weeks", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"differs\"><th scope=\"row\"><span title=\"the composite score, 0–100\">Score</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trigger_the_file_leaves_out_comes_with_the_cores_default_and_where_to_write_it_and_then_plays()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        const string path = "strategies.structured_replacement.params.cutover_when";
        var first = await PostJson(c, "/workbench/api/play", new { yaml });
        var field = Field(first, path);
        Assert.False(field.GetProperty("written").GetBoolean());
        Assert.Equal("always", field.GetProperty("value").GetString());
        Assert.Equal("always", field.GetProperty("default").GetString());

        // Written where the answer says, as the page writes it: the text gains the key and the run follows it.
        var insert = field.GetProperty("insert");
        var at = insert.GetProperty("at").GetInt32();
        var changed = yaml[..at] + insert.GetProperty("before").GetString() + "\"week >= 90\"" + insert.GetProperty("after").GetString() + yaml[at..];
        Assert.Contains("parallel_run_share: 0.25, cutover_when: \"week >= 90\"}\n", changed, StringComparison.Ordinal);
        var second = await PostJson(c, "/workbench/api/play", new { yaml = changed });
        Assert.Empty(second.GetProperty("problems").EnumerateArray());
        var written = Field(second, path);
        Assert.True(written.GetProperty("written").GetBoolean());
        Assert.Equal("week >= 90", written.GetProperty("value").GetString());
        Assert.NotEqual(first.GetProperty("run").GetProperty("score").GetDouble(), second.GetProperty("run").GetProperty("score").GetDouble());

        // Side by side, the variant that leaves it out shows the default it plays.
        var a = (await PostJson(c, "/workbench/api/variants", new { name = "as written", note = "", yaml })).GetProperty("id").GetString();
        var b = (await PostJson(c, "/workbench/api/variants", new { name = "late cutover", note = "", yaml = changed })).GetProperty("id").GetString();
        var page = await c.GetStringAsync($"/workbench/compare?ids={a},{b}");
        Assert.Contains($"<code class=\"note\">{path}</code></th><td class=\"num\">always (default)</td><td class=\"num\">week &gt;= 90</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_background_ranking_plays_every_strategy_over_the_asked_futures_and_ranks_them_all()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var job = await PostJson(c, "/workbench/api/ranking", new { draft = "d", yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff), futures = 20 });
        JsonElement status;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        do
        {
            await Task.Delay(100);
            status = JsonDocument.Parse(await c.GetStringAsync($"/workbench/api/ranking/{job.GetProperty("id").GetString()}")).RootElement;
        }
        while (status.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Equal(20, status.GetProperty("done").GetInt32());
        Assert.Equal(140, status.GetProperty("runs").GetInt64());
        var rows = status.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(ReferenceScenarios.StandoffScenario.Strategies.Select(s => s.Name).Order(), rows.Select(r => r.GetProperty("strategy").GetString()).Order());
        Assert.Equal(Enumerable.Range(1, 7), rows.Select(r => r.GetProperty("rank").GetInt32()));
        var means = rows.Select(r => r.GetProperty("rawMean").GetDouble()).ToList();
        Assert.Equal(means.OrderDescending(), means);
    }
}
