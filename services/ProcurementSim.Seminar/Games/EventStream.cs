using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProcurementSim.Seminar.Games;

/// <summary>
/// Server-Sent Events for one page: "changed" with the game's version whenever it changes (and a comment every 15 s
/// to keep proxies from closing it). It carries no game data: the page then fetches its own fragment, whose endpoint
/// checks the seat, so the stream cannot leak what the seat may not see. Who is connected is not counted here (the tabs
/// of a browser share one stream): see <see cref="PagePresence"/>.
/// </summary>
internal sealed class EventStream(GameSession game) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var stopping = httpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        var response = httpContext.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var seen = -1L;
        try
        {
            while (!cts.IsCancellationRequested)
            {
                var version = game.Version;
                await response.WriteAsync(version != seen ? $"event: changed\ndata: {version}\n\n" : ": keep-alive\n\n", cts.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(cts.Token).ConfigureAwait(false);
                seen = version;
                try
                {
                    await game.WaitForChangeAsync(seen).WaitAsync(TimeSpan.FromSeconds(15), cts.Token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Nothing changed: send the keep-alive.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left or the server is stopping.
        }
    }
}
