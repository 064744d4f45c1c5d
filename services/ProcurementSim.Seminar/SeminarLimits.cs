using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementSim.Seminar;

/// <summary>
/// ASP.NET Core's own guards for the seminar: request and form size limits, the rate limit on creating games, and a
/// sentence (never an empty 500 or a stack trace) for a request the server cannot read.
/// </summary>
internal static class SeminarLimits
{
    /// <summary>The rate-limiter policy on creating games.</summary>
    public const string CreateGamePolicy = "seminar-create-game";

    /// <summary>Largest form body.</summary>
    public const long MaxFormBytes = 8 * 1024 * 1024;

    /// <summary>Largest single form value as sent: a 1 MiB scenario (the loader's limit) URL-encoded can take three times that.</summary>
    public const int MaxFormValueBytes = 4 * 1024 * 1024;

    /// <summary>Largest JSON body (a move, a join).</summary>
    public const long MaxJsonBytes = 64 * 1024;

    public static void Add(IServiceCollection services, SeminarOptions options)
    {
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = MaxFormValueBytes;
            o.MultipartBodyLengthLimit = MaxFormBytes;
            o.ValueCountLimit = 200;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, token) => new ValueTask(context.HttpContext.Response.WriteAsync(
                string.Create(CultureInfo.InvariantCulture, $"Too many games created from this address: at most {options.GamesPerMinute} a minute. Wait a minute and try again."), token));
            o.AddPolicy(CreateGamePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.GamesPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Unreadable, SuppressDiagnosticsCallback = _ => false });
        app.UseRateLimiter();
    }

    // The last resort: a request the endpoints did not expect to fail (they answer their own 400/415 first).
    private static Task Unreadable(HttpContext context)
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
