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

    public static void SetCookie(HttpResponse response, string gameId, string role, string token)
    {
        response.Cookies.Append(CookieName(role), token, Options(response, "/g/" + gameId));
        // The facilitator's list of games reads one more copy, sent only to that list's path.
        if (role == SeatTokens.Facilitator) response.Cookies.Append(GamesCookiePrefix + gameId, token, Options(response, GamesPath));
    }

    /// <summary>The path of the facilitator's list of games.</summary>
    public const string GamesPath = "/games/mine";

    private const string GamesCookiePrefix = "ps_games_";

    /// <summary>Game id and presented facilitator token of every game in this browser's list (to be checked).</summary>
    public static IEnumerable<KeyValuePair<string, string>> FacilitatorGames(HttpRequest request) =>
        request.Cookies.Where(c => c.Key.StartsWith(GamesCookiePrefix, StringComparison.Ordinal))
            .Select(c => KeyValuePair.Create(c.Key[GamesCookiePrefix.Length..], c.Value));

    private static CookieOptions Options(HttpResponse response, string path) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = response.HttpContext.Request.IsHttps,
        Path = path,
        MaxAge = TimeSpan.FromDays(2),
    };
}
