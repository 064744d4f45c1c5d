using Microsoft.AspNetCore.Http;

namespace ProcurementSim.Seminar.Security;

/// <summary>
/// Who may act for a role (the facilitator or a seat) in a game: the request carries the role's token in the
/// <c>X-Seat-Token</c> header or in the role's cookie (HttpOnly, SameSite=Strict, path /g/{id}). Tokens never travel
/// in a URL's path or query, which the hosting log writes.
/// </summary>
internal static class SeatAccess
{
    public const string Header = "X-Seat-Token";

    /// <summary>The cookie of a role in a game (hex of the role name, so any seat name makes a valid cookie name).</summary>
    public static string CookieName(string role) => "ps_" + Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(role));

    public static string? Presented(HttpRequest request, string role) =>
        request.Headers.TryGetValue(Header, out var h) && h.Count > 0 ? h[0] : request.Cookies[CookieName(role)];

    /// <summary>Null when allowed; else why not, naming roles only (never the token).</summary>
    public static string? Refusal(IRoleTokens game, string role, HttpRequest request)
    {
        var token = Presented(request, role);
        if (token is null) return "no token";
        if (game.IsTokenOf(role, token)) return null;
        return game.RoleOf(token) is { } other ? $"the token is {other}'s" : "the token is not valid";
    }

    public static void SetCookie(HttpResponse response, string gameId, string role, string token) =>
        response.Cookies.Append(CookieName(role), token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/g/" + gameId,
            MaxAge = TimeSpan.FromDays(2),
        });
}
