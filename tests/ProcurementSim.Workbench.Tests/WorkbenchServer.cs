using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProcurementSim.Seminar;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Workbench.Tests;

/// <summary>
/// The two doors of <c>procsim serve</c> (the seminar and the workbench) on a real Kestrel server on a free loopback
/// port. <paramref name="remote"/> makes every connection look as if it came from that address (as a proxy's
/// forwarded-for would), to test what another machine sees.
/// </summary>
public sealed class WorkbenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkbenchServer(WebApplication app)
    {
        _app = app;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public static async Task<WorkbenchServer> StartAsync(string storePath, string? key = null, IPAddress? remote = null, string? scenarios = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddSeminar(o =>
        {
            o.StorePath = Path.Combine(Path.GetDirectoryName(storePath)!, "seminar.db");
            o.ScenariosFolder = scenarios ?? ReferenceScenarios.Directory;
        });
        builder.AddWorkbench(o =>
        {
            o.StorePath = storePath;
            o.ScenariosFolder = scenarios ?? ReferenceScenarios.Directory;
            o.Key = key;
            // procsim itself, as procsim serve starts it for an experiment: its dll is copied beside the tests.
            o.ProcsimCommand = ["dotnet", Path.Combine(AppContext.BaseDirectory, "procsim.dll")];
            o.ExperimentsFolder = Path.Combine(Path.GetDirectoryName(storePath)!, "experiments");
        });
        var app = builder.Build();
        if (remote is not null)
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = remote;
                return next(context);
            });
        }
        app.MapSeminar();
        app.MapWorkbench();
        await app.StartAsync();
        return new WorkbenchServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A browser-like client with its own cookies, sending requests as the workbench's own pages do.</summary>
    public HttpClient Client(bool sameOrigin = true)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        if (sameOrigin) client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(System.Text.Json.JsonSerializer.Serialize(body));
}
