using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProcurementSim.Workbench.Security;

/// <summary>
/// Who may use the workbench: anyone on this machine (a loopback connection); from another machine only a browser that
/// signed in with the configured key, which then holds a session cookie (HttpOnly, SameSite=Strict, path /workbench)
/// derived from the key. Without a configured key the workbench is closed to other machines.
/// </summary>
internal sealed class WorkbenchAccess(string? key)
{
    public const string CookieName = "ps_workbench";

    public const string NoKey = "The workbench answers only on the machine it runs on. To open it to other machines, start procsim serve with --workbench-key (or PROCSIM_WORKBENCH_KEY) and sign in with that key.";

    public const string SignInNeeded = "Sign in with the workbench key first (/workbench/sign-in).";

    private readonly byte[]? _session = key is { Length: > 0 } k ? HMACSHA256.HashData(Encoding.UTF8.GetBytes(k), "procsim-workbench-session"u8) : null;
    private readonly byte[]? _keyHash = key is { Length: > 0 } k2 ? SHA256.HashData(Encoding.UTF8.GetBytes(k2)) : null;

    /// <summary>Whether a key is configured (sign-in possible).</summary>
    public bool HasKey => _session is not null;

    /// <summary>Null when the request may use the workbench; else the status and sentence to answer.</summary>
    public (int Status, string Sentence)? Refusal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)) return null;
        if (_session is null) return (StatusCodes.Status403Forbidden, NoKey);
        return HoldsSession(context.Request) ? null : (StatusCodes.Status401Unauthorized, SignInNeeded);
    }

    /// <summary>Whether <paramref name="given"/> is the key (constant time).</summary>
    public bool IsKey(string? given) =>
        _keyHash is not null && given is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _keyHash);

    /// <summary>Gives the browser its session cookie after a correct key.</summary>
    public void SignIn(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (_session is null) return;
        response.Cookies.Append(CookieName, Base64Url.EncodeToString(_session), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/workbench",
            MaxAge = TimeSpan.FromDays(7),
        });
    }

    private bool HoldsSession(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 } cookie) return false;
        byte[] presented;
        try
        {
            presented = Base64Url.DecodeFromChars(cookie);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(presented, _session);
    }

    /// <summary>The endpoint filter of every workbench page and call but the sign-in form.</summary>
    public async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Refusal(context.HttpContext) is not { } refusal) return await next(context).ConfigureAwait(false);
        // A browser asking for a page is sent to the sign-in form; anything else gets the sentence.
        if (refusal.Status == StatusCodes.Status401Unauthorized && HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !context.HttpContext.Request.Path.StartsWithSegments("/workbench/api", StringComparison.Ordinal))
        {
            return Results.Redirect("/workbench/sign-in");
        }
        return Results.Text(refusal.Sentence, statusCode: refusal.Status);
    }
}
