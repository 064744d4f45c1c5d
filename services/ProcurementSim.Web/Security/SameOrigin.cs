using Microsoft.AspNetCore.Http;

namespace ProcurementSim.Web.Security;

/// <summary>
/// Refuses a state-changing request that a browser sent from another origin (another site, or another port of this
/// host, which SameSite cookies do not stop): <c>Sec-Fetch-Site</c> must be <c>same-origin</c> or <c>none</c> (typed
/// or bookmarked), and an <c>Origin</c> header must name this server. A client that sends neither (curl, a script)
/// is not a browser carrying someone's cookie, and must still present its token.
/// </summary>
public static class SameOrigin
{
    public const string Refusal = "Refused: this request came from another web page (another site or port); submit it from this server's own pages.";

    /// <summary>Null when the request may change state, else the reason (for the log).</summary>
    public static string? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return $"Sec-Fetch-Site is {site}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return null;
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : $"Origin {origin} is not {own}";
    }

    /// <summary>The endpoint filter: 403 with <see cref="Refusal"/> for a cross-origin request.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Check(context.HttpContext.Request) is null ? await next(context).ConfigureAwait(false) : Results.Text(Refusal, statusCode: 403);
    }
}
