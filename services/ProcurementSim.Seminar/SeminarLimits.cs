using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.Web.Errors;

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
        UnreadableRequests.Use(app);
        app.UseRateLimiter();
    }
}
