namespace ProcurementSim.Seminar.Games;

/// <summary>
/// Which pages of a game are open, per role: each page says so when it loads and every
/// <see cref="HeartbeatSeconds"/> seconds, and says goodbye when it is closed (a beacon). A page that stopped saying
/// so (a crashed browser, a laptop lid shut) counts until <see cref="Window"/> after it was last heard. Counting
/// pages rather than live streams: all the tabs of one browser share one stream (seminar-live.js), opened by
/// whichever tab came first, so streams say nothing of the other tabs' roles. Not thread-safe: the game session's
/// lock guards it.
/// </summary>
internal sealed class PagePresence
{
    /// <summary>How often a page says it is open (seminar.js).</summary>
    public const int HeartbeatSeconds = 15;

    /// <summary>A browser may slow a hidden tab's timers to one a minute: a page counts this long after it was last heard.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(150);

    /// <summary>Pages remembered per role at most (bounded memory, whatever a client sends).</summary>
    public const int MaxPagesPerRole = 64;

    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> _pages = new(StringComparer.Ordinal);

    /// <summary>Whether a page id is acceptable: 1 to 64 letters, digits, '-' or '_'.</summary>
    public static bool IsPageId(string? page) =>
        page is { Length: > 0 and <= 64 } && page.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    /// <summary>Page <paramref name="page"/> of <paramref name="role"/> is open (or closing); true when any role's count changed.</summary>
    public bool Seen(string role, string page, bool leaving, DateTimeOffset now)
    {
        var changed = Expire(now);
        if (!_pages.TryGetValue(role, out var pages))
        {
            if (leaving) return changed;
            _pages[role] = pages = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }
        if (leaving) return pages.Remove(page) | changed;
        if (pages.ContainsKey(page)) { pages[page] = now; return changed; }
        if (pages.Count >= MaxPagesPerRole) return changed;
        pages[page] = now;
        return true;
    }

    /// <summary>Pages of <paramref name="role"/> heard within the window.</summary>
    public int Count(string role, DateTimeOffset now) =>
        _pages.TryGetValue(role, out var pages) ? pages.Values.Count(seen => now - seen <= Window) : 0;

    // Forgets pages not heard within the window; true when any was forgotten.
    private bool Expire(DateTimeOffset now)
    {
        var any = false;
        foreach (var pages in _pages.Values)
        {
            foreach (var (page, seen) in pages.Where(p => now - p.Value > Window).ToList())
            {
                pages.Remove(page);
                any = true;
            }
        }
        return any;
    }
}
