using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ProcurementSim.Web.Errors;

/// <summary>
/// The last resort of the browser apps: a request the endpoints did not expect to fail (they answer their own 400/415
/// first) gets a sentence, never an empty 500 or a stack trace.
/// </summary>
public static class UnreadableRequests
{
    private const string Installed = "procsim.unreadable-requests";

    /// <summary>Installs the handler once, however many apps on this server ask for it.</summary>
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        IApplicationBuilder builder = app;
        if (builder.Properties.ContainsKey(Installed)) return;
        builder.Properties[Installed] = true;
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Answer, SuppressDiagnosticsCallback = _ => false });
    }

    private static Task Answer(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, sentence) = error switch
        {
            BadHttpRequestException b => (b.StatusCode, "The server could not read this request: " + b.Message),
            InvalidDataException i => (StatusCodes.Status400BadRequest, "The server could not read this request: " + i.Message),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on the server; the request was not applied. The server's log says what."),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(sentence);
    }
}
