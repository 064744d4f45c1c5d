using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Seminar.Games;
using ProcurementSim.Seminar.Pages;
using ProcurementSim.Seminar.Security;
using ProcurementSim.Seminar.Store;
using ProcurementSim.Web.Scenarios;
using ProcurementSim.Web.Security;

namespace ProcurementSim.Seminar;

/// <summary>The seminar's HTTP surface: pages, HTML fragments, commands and event streams. It maps HTTP to the Core API only.</summary>
internal static partial class SeminarEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapGet("/static/{file}", StaticFile);
        app.MapGet("/", (IOptions<SeminarOptions> o) => HtmlResult(HomePage.Choose(ScenarioFiles(o.Value))));
        app.MapPost("/setup", Setup).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxFormBytes));
        app.MapPost("/games", CreateGame).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxFormBytes))
            .RequireRateLimiting(SeminarLimits.CreateGamePolicy);
        app.MapGet("/g/{id}/join", (string id, GameRegistry games) => games.Find(id) is null ? NotFound() : HtmlResult(JoinPage(id)));
        app.MapPost("/g/{id}/join", Join).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));

        app.MapGet("/g/{id}/facilitator", (string id, HttpContext c) => AsFacilitator(c, id, "view the facilitator page", g => HtmlResult(FacilitatorPage.Full(g))));
        app.MapGet("/g/{id}/facilitator/fragment", (string id, HttpContext c) => AsFacilitator(c, id, "view the facilitator page", g => HtmlResult(FacilitatorPage.Fragment(g))));
        app.MapGet("/g/{id}/facilitator/events", (string id, HttpContext c) => AsFacilitator(c, id, "follow the game", g => new EventStream(g)));
        app.MapGet("/g/{id}/facilitator/connected", (string id, HttpContext c) => AsFacilitator(c, id, "see who is connected", g => Results.Json(g.Connections())));
        app.MapPost("/g/{id}/facilitator/{action}", FacilitatorCommand).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));

        app.MapGet("/g/{id}/seat/{seat}", (string id, string seat, HttpContext c) => AsSeat(c, id, seat, "view the seat", g => HtmlResult(SeatPage.Full(g, seat))));
        app.MapGet("/g/{id}/seat/{seat}/fragment", (string id, string seat, HttpContext c) => AsSeat(c, id, seat, "view the seat", g => HtmlResult(SeatPage.Fragment(g, seat))));
        app.MapGet("/g/{id}/seat/{seat}/events", (string id, string seat, HttpContext c) => AsSeat(c, id, seat, "follow the game", g => new EventStream(g)));
        app.MapGet("/g/{id}/seat/{seat}/view", (string id, string seat, HttpContext c) => AsSeat(c, id, seat, "view the seat", g => SeatViewJson(g, seat)));
        app.MapGet("/g/{id}/seat/{seat}/suggest", (string id, string seat, HttpContext c) => AsSeat(c, id, seat, "ask for a suggestion", g => HtmlResult(SeatPage.Suggestion(g.Read(x => x.Suggest(seat))))));
        app.MapPost("/g/{id}/seat/{seat}/presence", SeatPresence).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));
        app.MapPost("/g/{id}/seat/{seat}/message", SeatMessage).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));
        app.MapPost("/g/{id}/seat/{seat}/move", Move).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));

        app.MapGet(SeatAccess.GamesPath, (HttpContext c, GameRegistry games) => HtmlResult(GamesPage.Mine(MyGames(c.Request, games))));
        app.MapGet("/g/{id}/debrief", (string id, HttpContext c) => AsDebriefReader(c, id, g => HtmlResult(g.Read(x => DebriefPage.Render(id, x)))));
        app.MapPost("/g/{id}/debrief/fork", Fork).AddEndpointFilter(SameOrigin.Filter).WithMetadata(new RequestSizeLimitAttribute(SeminarLimits.MaxJsonBytes));
        app.MapGet("/g/{id}/replay/{turn:int}", (string id, int turn, HttpContext c) => AsDebriefReader(c, id, g => g.Read(x =>
            turn < 1 || turn > x.Turn ? Results.Text($"choose a turn from 1 to {x.Turn}", statusCode: 400)
                : HtmlResult(FacilitatorPage.Replay(id, turn, x.Turn, x.StateAtTurn(turn).FacilitatorView())))));
    }

    // ---- creation and joining ---------------------------------------------------------------------------------

    private static async Task<IResult> Setup(HttpRequest request, IOptions<SeminarOptions> o)
    {
        var (form, unreadable) = await ReadForm(request).ConfigureAwait(false);
        if (form is null) return unreadable!;
        var (s, yaml, label, errors) = HomePage.Load(o.Value.ScenariosFolder, form["file"], form["yaml"]);
        return s is null ? HtmlResult(HomePage.Choose(ScenarioFiles(o.Value), errors, yaml), 400) : HtmlResult(HomePage.Setup(s, yaml, label));
    }

    private static async Task<IResult> CreateGame(HttpRequest request, GameRegistry games, IOptions<SeminarOptions> o)
    {
        var (form, unreadable) = await ReadForm(request).ConfigureAwait(false);
        if (form is null) return unreadable!;
        var yaml = form["yaml"].ToString();
        var label = form["label"].ToString() is { Length: > 0 } l ? l : "pasted";
        var (scenario, _, _, errors) = HomePage.Load(null, null, yaml);
        if (scenario is null) return HtmlResult(HomePage.Choose(ScenarioFiles(o.Value), errors, yaml), 400);
        var humans = form.Keys.Where(k => k.StartsWith("seat:", StringComparison.Ordinal) && form[k] == "human").Select(k => k["seat:".Length..]).ToList();
        var problems = new List<string>();
        var seed = Parse(form["seed"], 1UL, ulong.TryParse, "the seed", problems);
        var weeks = Parse(form["weeksPerTurn"], SeminarSetup.DefaultWeeksPerTurn, int.TryParse, "the weeks per turn", problems);
        var secs = Parse(form["turnSeconds"], 300, int.TryParse, "the turn time limit", problems);
        if (secs < 0) problems.Add("the turn time limit is 0 (none) or more seconds");
        if (problems.Count > 0) return HtmlResult(HomePage.Setup(scenario, yaml, label, problems), 400);
        try
        {
            var setup = new SeminarSetup(yaml, form["strategy"].ToString(), seed, humans, weeks);
            var (session, tokens) = games.Create(setup, label, new GameSettings(secs, form["autoTimeout"] == "on", false, false));
            return HtmlResult(HomePage.Created(session.Id, $"{request.Scheme}://{request.Host}", tokens, humans));
        }
        catch (ArgumentException e)
        {
            return HtmlResult(HomePage.Setup(scenario, yaml, label, [e.Message]), 400);
        }
    }

    private delegate bool TryParse<T>(string? s, NumberStyles style, IFormatProvider provider, out T value);

    private static T Parse<T>(string? text, T fallback, TryParse<T> parse, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        problems.Add($"{what} must be a whole number; '{text}' was given");
        return fallback;
    }

    private sealed record JoinRequest(string? Token);

    private static async Task<IResult> Join(string id, HttpContext c, GameRegistry games, ILoggerFactory logs)
    {
        if (games.Find(id) is not { } g) return NotFound();
        if (!c.Request.HasJsonContentType()) return Results.Text("Send the token as JSON (Content-Type: application/json).", statusCode: 415);
        JoinRequest? body;
        try
        {
            body = await c.Request.ReadFromJsonAsync<JoinRequest>().ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }
        var log = logs.CreateLogger("ProcurementSim.Seminar.Access");
        if (g.RoleOf(body?.Token) is not { } role)
        {
            LogRefused(log, id, "(unknown)", "join", "the token is not valid");
            return Results.Text("This link is not valid for this game (ask the facilitator for a new one).", statusCode: 403);
        }
        SeatAccess.SetCookie(c.Response, id, role, body!.Token!);
        LogJoined(log, id, role);
        return Results.Json(new { role, url = role == SeatTokens.Facilitator ? $"/g/{id}/facilitator" : $"/g/{id}/seat/{role}" });
    }

    private static string JoinPage(string id) => Html.Page("Joining", $"""
        <h1>Joining game {Html.E(id)}…</h1>
        <p id="join-status" data-join="/g/{Html.E(id)}/join">If nothing happens, check that the whole link (with the part after #) was opened.</p>
        """);

    // ---- commands ---------------------------------------------------------------------------------------------

    private static async Task<IResult> FacilitatorCommand(string id, string action, HttpContext c)
    {
        // Commands without fields (advance, pause) may come with no form at all.
        var (form, unreadable) = await ReadForm(c.Request, allowEmpty: true).ConfigureAwait(false);
        if (form is null) return unreadable!;
        return AsFacilitator(c, id, action, g =>
        {
            string seat = form["seat"].ToString();
            switch (action)
            {
                case "start": g.Start(); return Results.Text("started");
                case "advance":
                    g.Start();
                    return Outcome(g.Command(x => x.Advance()));
                case "pause": g.SetPaused(true); return Results.Text("paused");
                case "resume": g.SetPaused(false); return Results.Text("resumed");
                case "autotimeout": g.SetAutoTimeout(form["on"] == "on"); return Results.Text("ok");
                case "timeout": return Outcome(g.Command(x => x.TimeOut(seat)));
                case "seat":
                    var kind = form["kind"] == "human" ? SeatKind.Human : SeatKind.Bot;
                    return Outcome(g.Command(x => x.SetSeat(seat, kind)));
                case "relink":
                    if (!g.Read(x => x.Seats.Contains(seat))) return Results.Text($"there is no seat '{seat}'", statusCode: 400);
                    var token = g.Reissue(seat);
                    var link = $"{c.Request.Scheme}://{c.Request.Host}/g/{id}/join#{token}";
                    return HtmlResult($"<p>New link for {Html.E(seat)} (shown once; the old one no longer works): <a class=\"join-link\" data-seat=\"{Html.E(seat)}\" href=\"{Html.E(link)}\">{Html.E(link)}</a></p>");
                case "presence": return Presence(g, SeatTokens.Facilitator, form);
                case "message": return Outcome(g.Command(x => x.Send(MessageChannels.Umpire, form["to"].ToString(), form["text"].ToString())));
                case "rule": return Rule(g, form);
                case "inject":
                    if (form.ContainsKey("index"))
                    {
                        return int.TryParse(form["index"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                            ? Outcome(g.Command(x => x.FireInject(i))) : Results.Text("choose one of the scenario's injects", statusCode: 400);
                    }
                    if (!double.TryParse(form["magnitude"], NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                        || !int.TryParse(form["weeks"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w))
                        return Results.Text("the magnitude is a number and the weeks a whole number", statusCode: 400);
                    var target = form["target"].ToString() is { Length: > 0 } t ? t : null;
                    return Outcome(g.Command(x => x.FireInject(new CustomInject(form["kind"].ToString(), m, w, target))));
                default: return Results.NotFound();
            }
        });
    }

    // A ruling in words; on a seat's open decision when a move (its JSON, as the decision's form makes it) is given; on
    // an outcome of the model when an effect (an inject kind, with magnitude, weeks and vendor) is chosen.
    private static IResult Rule(GameSession g, IFormCollection form)
    {
        SeatMove? move = null;
        if (form["move"].ToString() is { Length: > 0 } json)
        {
            try
            {
                move = SeminarJson.Deserialize<SeatMove>(json);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                return Results.Text("the ruled outcome is not a seat move: " + e.Message, statusCode: 400);
            }
        }
        CustomInject? effect = null;
        if (form["effect"].ToString() is { Length: > 0 } kind)
        {
            if (!double.TryParse(Or0(form["magnitude"]), NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                || !int.TryParse(Or0(form["weeks"]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var w))
                return Results.Text("the effect's magnitude is a number and its weeks a whole number", statusCode: 400);
            effect = new CustomInject(kind, m, w, form["target"].ToString() is { Length: > 0 } t ? t : null);
        }
        return Outcome(g.Command(x => x.Rule(form["seat"].ToString(), form["ruling"].ToString(), form["reason"].ToString(), move, effect)));
    }

    private static string Or0(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } v ? v : "0";

    // A page says it is open (or closing, with leaving=1): the facilitator's "connected now".
    private static IResult Presence(GameSession g, string role, IFormCollection form)
    {
        var page = form["page"].ToString();
        if (!PagePresence.IsPageId(page)) return Results.Text("page is 1 to 64 letters, digits, '-' or '_'", statusCode: 400);
        g.Seen(role, page, form["leaving"] == "1");
        return Results.NoContent();
    }

    private static async Task<IResult> SeatPresence(string id, string seat, HttpContext c)
    {
        var (form, unreadable) = await ReadForm(c.Request).ConfigureAwait(false);
        if (form is null) return unreadable!;
        return AsSeat(c, id, seat, "say the page is open", g => Presence(g, seat, form));
    }

    private static async Task<IResult> SeatMessage(string id, string seat, HttpContext c)
    {
        var (form, unreadable) = await ReadForm(c.Request).ConfigureAwait(false);
        if (form is null) return unreadable!;
        return AsSeat(c, id, seat, "send a message", g => Outcome(g.Command(x => x.Send(seat, form["to"].ToString(), form["text"].ToString()))));
    }

    private static async Task<IResult> Move(string id, string seat, HttpContext c)
    {
        // Who asks is checked first: a request for another seat is refused whatever it carries.
        if (!c.Request.HasJsonContentType()) return AsSeat(c, id, seat, "move", _ => Results.Text("Send the move as JSON (Content-Type: application/json).", statusCode: 415));
        using var reader = new StreamReader(c.Request.Body);
        var json = await reader.ReadToEndAsync().ConfigureAwait(false);
        return AsSeat(c, id, seat, "move", g =>
        {
            SeatMove move;
            try
            {
                move = SeminarJson.Deserialize<SeatMove>(json);
            }
            catch (JsonException e)
            {
                return Results.Text("the move is not valid JSON for a seat move: " + e.Message, statusCode: 400);
            }
            catch (NotSupportedException)
            {
                return Results.Text("the move must say which it is first: a \"move\" field of agency_orders, terms_answer or bid_decision", statusCode: 400);
            }
            return Outcome(g.Command(x => x.Submit(seat, move)));
        });
    }

    private static async Task<IResult> Fork(string id, HttpContext c)
    {
        var (form, unreadable) = await ReadForm(c.Request).ConfigureAwait(false);
        if (form is null) return unreadable!;
        return AsDebriefReader(c, id, g => g.Read(x =>
        {
            var json = form["move"].ToString();
            if (!int.TryParse(form["decision"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < 0 || i >= x.Decisions.Count)
                return HtmlResult(DebriefPage.Render(id, x, null, $"choose a decision to fork: 0 to {x.Decisions.Count - 1}"), 400);
            try
            {
                var outcome = ForkOutcome.Of(x, i, SeminarJson.Deserialize<SeatMove>(json));
                return HtmlResult(DebriefPage.Render(id, x, outcome, null, i, json));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                return HtmlResult(DebriefPage.Render(id, x, null, e is ArgumentException a && a.ParamName is { } p ? a.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : e.Message, i, json), 400);
            }
        }));
    }

    private static readonly IResult UnsupportedForm = Results.Text("Send this as a form (Content-Type: application/x-www-form-urlencoded or multipart/form-data).", statusCode: 415);

    // A form, or the sentence for one the server cannot read (wrong type, a value over the limit).
    private static async Task<(IFormCollection? Form, IResult? Unreadable)> ReadForm(HttpRequest request, bool allowEmpty = false)
    {
        if (!request.HasFormContentType) return allowEmpty ? (FormCollection.Empty, null) : (null, UnsupportedForm);
        try
        {
            return (await request.ReadFormAsync().ConfigureAwait(false), null);
        }
        catch (InvalidDataException e)
        {
            return (null, Results.Text($"The form cannot be read: {e.Message} (a pasted scenario is at most 1 MiB).", statusCode: 400));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Results.Text($"The form cannot be read: {e.Message} (a pasted scenario is at most 1 MiB).", statusCode: e.StatusCode));
        }
    }

    // The seat's view as the Core gives it (fog of war applied), in the game's stable JSON.
    private static IResult SeatViewJson(GameSession g, string seat) =>
        Results.Content(g.Read(x => SeminarJson.Serialize(x.ViewFor(seat))), "application/json; charset=utf-8");

    // The games whose facilitator cookie this browser holds, each checked against its token.
    private static IReadOnlyList<GameSession> MyGames(HttpRequest request, GameRegistry games) =>
        [.. SeatAccess.FacilitatorGames(request).Select(kv => games.Find(kv.Key) is { } g && g.IsTokenOf(SeatTokens.Facilitator, kv.Value) ? g : null).OfType<GameSession>()
            .OrderByDescending(g => g.Created)];

    private static IResult Outcome(string? refusal) => refusal is null ? Results.Text("ok") : Results.Text(refusal, statusCode: 409);

    // ---- access -----------------------------------------------------------------------------------------------

    private static IResult AsFacilitator(HttpContext c, string id, string action, Func<GameSession, IResult> then) =>
        As(c, id, SeatTokens.Facilitator, action, then);

    private static IResult AsSeat(HttpContext c, string id, string seat, string action, Func<GameSession, IResult> then) =>
        seat == SeatTokens.Facilitator ? NotFound() : As(c, id, seat, action, then);

    private static IResult As(HttpContext c, string id, string role, string action, Func<GameSession, IResult> then)
    {
        if (c.RequestServices.GetRequiredService<GameRegistry>().Find(id) is not { } g) return NotFound();
        if (role != SeatTokens.Facilitator && !g.Read(x => x.Seats.Contains(role))) return NotFound();
        if (SeatAccess.Refusal(g, role, c.Request) is { } why)
        {
            LogRefused(c.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ProcurementSim.Seminar.Access"), id, role, action, why);
            return Results.Text($"Refused: you do not hold the {role} seat of this game ({why}).", statusCode: 403);
        }
        return then(g);
    }

    // The facilitator always; the players too once the game is over (the debrief is shared in class).
    internal static IResult AsDebriefReader(HttpContext c, string id, Func<GameSession, IResult> then)
    {
        if (c.RequestServices.GetRequiredService<GameRegistry>().Find(id) is not { } g) return NotFound();
        if (SeatAccess.Refusal(g, SeatTokens.Facilitator, c.Request) is null) return then(g);
        if (g.Read(x => x.Finished) && g.Read(x => x.Seats).Any(s => SeatAccess.Refusal(g, s, c.Request) is null)) return then(g);
        return As(c, id, SeatTokens.Facilitator, "read the debrief", then);
    }

    // ---- streams and files ------------------------------------------------------------------------------------

    private static IResult StaticFile(string file)
    {
        var type = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", _ => null };
        var stream = type is null ? null : typeof(SeminarEndpoints).Assembly.GetManifestResourceStream("ProcurementSim.Seminar.wwwroot." + file);
        return stream is null ? NotFound() : Results.Stream(stream, type + "; charset=utf-8");
    }

    private static IReadOnlyList<string> ScenarioFiles(SeminarOptions o) => ScenarioFolder.Files(o.ScenariosFolder);

    private static IResult HtmlResult(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    private static IResult NotFound() => Results.Text("There is no such game or seat.", statusCode: 404);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused: {Action} for seat {Seat} of game {GameId}: {Reason}")]
    private static partial void LogRefused(ILogger log, string gameId, string seat, string action, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Game {GameId}: {Role} joined")]
    private static partial void LogJoined(ILogger log, string gameId, string role);
}
