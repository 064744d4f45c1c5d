using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ProcurementSim.Web.Scenarios;
using ProcurementSim.Web.Security;
using ProcurementSim.Workbench.Experiments;
using ProcurementSim.Workbench.Pages;
using ProcurementSim.Workbench.Playing;
using ProcurementSim.Workbench.Ranking;
using ProcurementSim.Workbench.Security;
using ProcurementSim.Workbench.Store;

namespace ProcurementSim.Workbench;

/// <summary>The workbench's HTTP surface: pages, the live play, drafts, variants and their files, the background ranking.</summary>
internal static class WorkbenchEndpoints
{
    private sealed record DraftBody(string? Source, string? Name, string? Yaml, string? Label);

    private sealed record SaveBody(string? Yaml, string? Strategy, ulong? Seed);

    private sealed record VariantBody(string? Name, string? Note, string? Yaml, string? Strategy, ulong? Seed);

    private sealed record ExperimentBody(string? Source, string? Id, string? Command, Dictionary<string, string[]>? Options);

    private sealed record RankingBody(string? Draft, string? Yaml, int? Futures, ulong? Seed);

    public static void Map(WebApplication app)
    {
        var access = app.Services.GetRequiredService<WorkbenchAccess>();
        app.MapGet("/workbench/sign-in", () => Html(SignInPage.Render()));
        app.MapPost("/workbench/sign-in", SignIn).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(16 * 1024));

        var wb = app.MapGroup("/workbench").AddEndpointFilter(access.Filter);
        wb.MapGet("/", (IOptions<WorkbenchOptions> o, WorkbenchStore store) => Html(HomePage.Render(ScenarioFolder.Files(o.Value.ScenariosFolder), store.AllVariants())));
        wb.MapGet("/static/{file}", StaticFile);
        wb.MapGet("/d/{id}", (string id, WorkbenchStore store, IOptions<WorkbenchOptions> o) =>
            store.FindDraft(id) is { } d ? Html(EditorPage.Render(d, o.Value.DefaultFutures)) : NotFound("No draft has this link; open a scenario from /workbench."));
        wb.MapGet("/v/{id}", (string id, WorkbenchStore store) => store.FindVariant(id) is { } v
            ? Html(VariantPage.Render(v, VariantRun.Of(v.Yaml, v.Strategy, v.Seed).Run, VariantRun.Of(v.Yaml, v.Strategy, v.Seed).Problem))
            : NotFound("No variant has this link."));
        wb.MapGet("/v/{id}/files/{name}", VariantFile);
        wb.MapGet("/compare", Compare);

        wb.MapPost("/api/drafts", CreateDraft).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(WorkbenchLimits.MaxJsonBytes));
        wb.MapGet("/api/drafts/{id}", (string id, WorkbenchStore store) => store.FindDraft(id) is { } d
            ? Results.Json(new { d.Id, d.Label, d.Yaml, d.Strategy, d.Seed }) : NotFound("No draft has this id."));
        wb.MapPost("/api/drafts/{id}", SaveDraft).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(WorkbenchLimits.MaxJsonBytes));
        wb.MapPost("/api/play", Play).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(WorkbenchLimits.MaxJsonBytes));
        wb.MapPost("/api/variants", SaveVariant).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(WorkbenchLimits.MaxJsonBytes));
        wb.MapGet("/api/variants", (WorkbenchStore store) => Results.Json(store.AllVariants().Select(v => new { v.Id, v.Name, v.Note, v.Strategy, v.Seed, v.Created })));
        wb.MapPost("/api/ranking", StartRanking).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(WorkbenchLimits.MaxJsonBytes));
        wb.MapGet("/api/ranking/{id}", (string id, RankingJobs jobs) => jobs.Find(id) is { } s ? Results.Json(s) : NotFound("No ranking has this id (the server may have restarted); a new one starts with your next change."));
        wb.MapGet("/experiments", (HttpRequest request, WorkbenchStore store) =>
            Html(ExperimentsPage.Render(store.AllVariants(), request.Query["draft"].ToString() is { Length: > 0 } d ? store.FindDraft(d) : null, request.Query["variant"].ToString())));
        wb.MapGet("/experiments/{id}/files/{name}", ExperimentFile);
        wb.MapGet("/api/experiments", (ExperimentJobs jobs) => Results.Json(jobs.All()));
        wb.MapPost("/api/experiments", StartExperiment).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(64 * 1024));
        wb.MapPost("/api/experiments/{id}/stop", (string id, ExperimentJobs jobs) => jobs.Stop(id) ? Results.NoContent() : NotFound("No running experiment has this id."))
            .AddEndpointFilter(SameOrigin.Filter);
        wb.MapPost("/api/ranking/{id}/stop", (string id, RankingJobs jobs) => jobs.Stop(id) ? Results.NoContent() : NotFound("No ranking has this id."))
            .AddEndpointFilter(SameOrigin.Filter);
    }

    private static async Task<IResult> SignIn(HttpContext context, WorkbenchAccess access)
    {
        if (!context.Request.HasFormContentType) return Results.Text("Send the key from the sign-in form.", statusCode: 415);
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        if (!access.HasKey) return Html(SignInPage.Render(WorkbenchAccess.NoKey), 403);
        if (!access.IsKey(form["key"])) return Html(SignInPage.Render("That is not the workbench key."), 401);
        access.SignIn(context.Response);
        return Results.Redirect("/workbench");
    }

    private static async Task<IResult> CreateDraft(HttpRequest request, WorkbenchStore store, IOptions<WorkbenchOptions> o)
    {
        var (body, refusal) = await JsonBody.Read<DraftBody>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        string label, yaml;
        string? strategy = null;
        ulong? seed = null;
        switch (body.Source)
        {
            case "file":
                var (loaded, text) = ScenarioFolder.Load(o.Value.ScenariosFolder, body.Name ?? "");
                if (!loaded.IsValid) return Results.Text(string.Join("\n", loaded.Diagnostics.Select(d => d.ToString())), statusCode: 400);
                (label, yaml) = (Path.GetFileName(body.Name!), text);
                break;
            case "template":
                (label, yaml) = ("new scenario (from the template)", Template());
                break;
            case "text":
                if (string.IsNullOrWhiteSpace(body.Yaml)) return Results.Text("The scenario is empty: choose a file or paste its YAML.", statusCode: 400);
                if (TooLong(body.Yaml) is { } tooLong) return tooLong;
                (label, yaml) = (Bounded(body.Label, "uploaded scenario"), body.Yaml);
                break;
            case "variant":
                if (store.FindVariant(body.Name ?? "") is not { } v) return NotFound("No variant has this id.");
                (label, yaml, strategy, seed) = ($"variant {v.Name}", v.Yaml, v.Strategy, v.Seed);
                break;
            default:
                return Results.Text("Say where the scenario comes from: source is file, template, text or variant.", statusCode: 400);
        }
        var draft = store.CreateDraft(label, yaml, strategy, seed);
        return Results.Json(new { draft.Id, Url = "/workbench/d/" + draft.Id });
    }

    private static async Task<IResult> SaveDraft(string id, HttpRequest request, WorkbenchStore store)
    {
        var (body, refusal) = await JsonBody.Read<SaveBody>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        if (TooLong(body.Yaml) is { } tooLong) return tooLong;
        return store.SaveDraft(id, body.Yaml ?? "", Short(body.Strategy), body.Seed) ? Results.NoContent() : NotFound("No draft has this id.");
    }

    private static async Task<IResult> Play(HttpRequest request)
    {
        var (body, refusal) = await JsonBody.Read<PlayRequest>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        return Results.Json(LivePlay.Play(body with { Strategy = Short(body.Strategy) }));
    }

    private static async Task<IResult> SaveVariant(HttpRequest request, WorkbenchStore store)
    {
        var (body, refusal) = await JsonBody.Read<VariantBody>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        if (string.IsNullOrWhiteSpace(body.Name)) return Results.Text("Give the variant a name.", statusCode: 400);
        if (body.Name.Length > WorkbenchLimits.MaxName) return Results.Text($"A variant's name has at most {WorkbenchLimits.MaxName} characters.", statusCode: 400);
        if ((body.Note ?? "").Length > WorkbenchLimits.MaxNote) return Results.Text($"A variant's note has at most {WorkbenchLimits.MaxNote} characters.", statusCode: 400);
        if (string.IsNullOrWhiteSpace(body.Yaml)) return Results.Text("The variant has no scenario text.", statusCode: 400);
        if (TooLong(body.Yaml) is { } tooLong) return tooLong;
        var v = store.AddVariant(body.Name.Trim(), body.Note?.Trim() ?? "", body.Yaml, Short(body.Strategy), body.Seed);
        return Results.Json(new { v.Id, Url = "/workbench/v/" + v.Id });
    }

    private static IResult VariantFile(string id, string name, WorkbenchStore store)
    {
        if (store.FindVariant(id) is not { } v) return NotFound("No variant has this link.");
        if (!VariantPage.Downloads.Contains(name)) return NotFound($"A variant's files are {string.Join(", ", VariantPage.Downloads)}.");
        var type = name.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv"
            : name.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "application/yaml";
        if (name == "scenario.yaml") return Results.File(System.Text.Encoding.UTF8.GetBytes(v.Yaml), type, name);
        var (run, problem) = VariantRun.Of(v.Yaml, v.Strategy, v.Seed);
        if (run is null) return Results.Text($"This variant does not play, so it has no {name}: {problem}", statusCode: 409);
        return Results.File(run.Files.First(f => f.Name == name).Bytes, type, name);
    }

    private static IResult Compare(HttpRequest request, WorkbenchStore store)
    {
        var ids = request.Query["ids"].SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2) return Html(Layout.Page("Compare variants", "<h1>Compare variants</h1><p class=\"problem\" role=\"alert\">Choose two or more variants to compare (on the start page).</p>"), 400);
        if (ids.Count > WorkbenchLimits.MaxCompared) return Html(Layout.Page("Compare variants", $"<h1>Compare variants</h1><p class=\"problem\" role=\"alert\">Compare at most {WorkbenchLimits.MaxCompared} variants at once.</p>"), 400);
        var items = new List<(Variant, VariantRun?)>();
        foreach (var id in ids)
        {
            if (store.FindVariant(id) is not { } v) return NotFound($"No variant has the id {id}.");
            items.Add((v, VariantRun.Of(v.Yaml, v.Strategy, v.Seed).Run));
        }
        return Html(ComparePage.Render(items));
    }

    private static async Task<IResult> StartRanking(HttpRequest request, RankingJobs jobs, IOptions<WorkbenchOptions> o)
    {
        var (body, refusal) = await JsonBody.Read<RankingBody>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        if (TooLong(body.Yaml) is { } tooLong) return tooLong;
        var futures = body.Futures ?? o.Value.DefaultFutures;
        if (RankingJobs.FuturesProblem(futures, o.Value.MaxFutures) is { } problem) return Results.Text(problem, statusCode: 400);
        var (id, why) = jobs.Start(Short(body.Draft) ?? "", body.Yaml ?? "", futures, body.Seed);
        return id is null ? Results.Text(why!, statusCode: 422) : Results.Json(new { Id = id });
    }

    private static async Task<IResult> StartExperiment(HttpRequest request, ExperimentJobs jobs, WorkbenchStore store)
    {
        var (body, refusal) = await JsonBody.Read<ExperimentBody>(request).ConfigureAwait(false);
        if (body is null) return refusal!;
        (string Label, string Yaml)? scenario = body.Source switch
        {
            "draft" when store.FindDraft(body.Id ?? "") is { } d => (d.Label, d.Yaml),
            "variant" when store.FindVariant(body.Id ?? "") is { } v => ($"variant {v.Name}", v.Yaml),
            _ => null,
        };
        if (scenario is not { } chosen) return Results.Text("Choose a draft or a variant to experiment on.", statusCode: 400);
        var (status, problem) = jobs.Start(chosen.Label, chosen.Yaml, body.Command, body.Options);
        return status is null ? Results.Text(problem!, statusCode: 400) : Results.Json(status);
    }

    private static IResult ExperimentFile(string id, string name, ExperimentJobs jobs)
    {
        if (jobs.FileOf(id, name) is not { } path) return NotFound("That experiment has no such file (yet).");
        var type = name.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : name.EndsWith(".json", StringComparison.Ordinal) ? "application/json"
            : name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : name.EndsWith(".parquet", StringComparison.Ordinal) ? "application/vnd.apache.parquet" : "text/plain; charset=utf-8";
        // The report opens in the browser; the data files download.
        return Results.File(path, type, name.EndsWith(".html", StringComparison.Ordinal) ? null : name);
    }

    private static IResult StaticFile(string file)
    {
        if (file == "plotly.js") return Results.Bytes(ProcurementSim.Reporting.RunView.PlotlyJs, "text/javascript; charset=utf-8");
        var stream = typeof(WorkbenchEndpoints).Assembly.GetManifestResourceStream($"ProcurementSim.Workbench.wwwroot.{file}");
        if (stream is null) return NotFound("No such file.");
        var type = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Results.Stream(stream, type);
    }

    private static string Template()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("template-teaching-minimal.yaml")
            ?? throw new InvalidOperationException("The workbench was built without its template scenario.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The loader refuses a longer text with a sentence too; refusing here keeps it out of the store.
    private static IResult? TooLong(string? yaml) => yaml is not null && (yaml.Length > WorkbenchLimits.MaxScenarioBytes || System.Text.Encoding.UTF8.GetByteCount(yaml) > WorkbenchLimits.MaxScenarioBytes)
        ? Results.Text($"The scenario is larger than {WorkbenchLimits.MaxScenarioBytes / 1024 / 1024} MiB, the most a scenario may be.", statusCode: 413) : null;

    private static string? Short(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Length > 200 ? text[..200] : text;

    private static string Bounded(string? text, string fallback) => Short(text) is { } t ? Path.GetFileName(t) : fallback;

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static IResult NotFound(string sentence) => Results.Text(sentence, statusCode: 404);
}
