using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace ProcurementSim.Cli.Tests.Support;

/// <summary>A Kestrel server on a free loopback port that speaks HTTP/1.1 only, as a service's /health port does.</summary>
public sealed class Http1Only : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Http1Only(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<Http1Only> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("not gRPC"));
        await app.StartAsync();
        return new Http1Only(app, app.Urls.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
