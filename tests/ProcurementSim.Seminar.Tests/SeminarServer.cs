using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProcurementSim.Seminar.Tests;

/// <summary>The seminar app on a real Kestrel server on a free loopback port, with every log entry captured.</summary>
public sealed partial class SeminarServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SeminarServer(WebApplication app, CapturedLogs logs, string storePath)
    {
        _app = app;
        Logs = logs;
        StorePath = storePath;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public CapturedLogs Logs { get; }

    public string StorePath { get; }

    public static string RepoRoot { get; } = FindRoot();

    public static string ScenarioText(string file) => File.ReadAllText(Path.Combine(RepoRoot, "scenarios", file));

    public static async Task<SeminarServer> StartAsync(string storePath, CapturedLogs? logs = null, string? scenariosFolder = null)
    {
        logs ??= new CapturedLogs();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddSeminar(o =>
        {
            o.StorePath = storePath;
            o.ScenariosFolder = scenariosFolder ?? Path.Combine(RepoRoot, "scenarios");
        });
        var app = builder.Build();
        app.MapSeminar();
        await app.StartAsync();
        return new SeminarServer(app, logs, storePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A browser-like client with its own cookies.</summary>
    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>Creates a game through the form; returns its id and every role's token (read from the links page).</summary>
    public async Task<CreatedGame> CreateAsync(string[] humans, string scenario = "usage-policy-standoff.yaml", string strategy = "structured_replacement", int turnSeconds = 0, int weeksPerTurn = 8, string? yaml = null)
    {
        using var client = Client();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("yaml", yaml ?? ScenarioText(scenario)), new("label", scenario), new("strategy", strategy), new("seed", "1"),
            new("weeksPerTurn", weeksPerTurn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("turnSeconds", turnSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("autoTimeout", "on"),
        };
        fields.AddRange(humans.Select(h => new KeyValuePair<string, string>("seat:" + h, "human")));
        using var response = await client.PostAsync("/games", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        var facilitator = FacilitatorLink().Match(html);
        Assert.True(facilitator.Success, html);
        var tokens = SeatLink().Matches(html).ToDictionary(m => m.Groups["seat"].Value, m => WebUtility.HtmlDecode(m.Groups["token"].Value));
        tokens["facilitator"] = WebUtility.HtmlDecode(facilitator.Groups["token"].Value);
        return new CreatedGame(facilitator.Groups["id"].Value, tokens, html);
    }

    /// <summary>Joins as the token's role the way the page's script does (token in the body); the client gets the cookie.</summary>
    public static async Task<string> JoinAsync(HttpClient client, string id, string token)
    {
        using var response = await client.PostAsync($"/g/{id}/join", JsonContent(new { token }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("url").GetString()!;
    }

    /// <summary>A new browser-like client joined as the token's role.</summary>
    public async Task<HttpClient> JoinedAsync(CreatedGame game, string role)
    {
        var client = Client();
        await JoinAsync(client, game.Id, game.Tokens[role]);
        return client;
    }

    public static StringContent JsonContent(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    public static StringContent Move(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static FormUrlEncodedContent Form(params (string, string)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProcurementSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ProcurementSim.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("id=\"facilitator-link\" href=\"[^\"]*/g/(?<id>[0-9a-f]+)/join#(?<token>[^\"]+)\"")]
    private static partial Regex FacilitatorLink();

    [GeneratedRegex("data-seat=\"(?<seat>[^\"]+)\" href=\"[^\"]*/join#(?<token>[^\"]+)\"")]
    private static partial Regex SeatLink();
}

public sealed record CreatedGame(string Id, Dictionary<string, string> Tokens, string LinksHtml);
