using ProcurementSim.Core.Seminar;
using ProcurementSim.Seminar.Security;
using ProcurementSim.Seminar.Store;

namespace ProcurementSim.Seminar.Games;

/// <summary>
/// One live game: the <see cref="SeminarGame"/> (not thread-safe, so every read and command runs under this session's
/// lock), its web settings, the turn timer and a change signal for the pages' event streams. A command that changes
/// the game appends its events to the store in the same step; if that fails the game is rebuilt without them.
/// </summary>
public sealed class GameSession : IRoleTokens
{
    private readonly Lock _lock = new();
    private readonly SqliteGameStore _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _tokenHashes;
    private SeminarGame _game;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset? _deadline;
    private int _deadlineWeek = -1;
    private TimeSpan? _pausedRemaining;
    private readonly PagePresence _presence = new();

    internal GameSession(StoredGame stored, SeminarGame game, SqliteGameStore store, TimeProvider time)
    {
        Id = stored.Id;
        Label = stored.ScenarioLabel;
        Created = stored.Created;
        Settings = stored.Settings;
        _tokenHashes = new Dictionary<string, string>(stored.TokenHashes, StringComparer.Ordinal);
        _game = game;
        _store = store;
        _time = time;
        lock (_lock) UpdateTimer();
    }

    public string Id { get; }

    /// <summary>The scenario's file name or "pasted".</summary>
    public string Label { get; }

    public DateTimeOffset Created { get; }

    public GameSettings Settings { get; private set; }

    /// <summary>Bumped on every change; the pages' event streams send it.</summary>
    public long Version { get; private set; }

    /// <summary>Reads the game under the lock.</summary>
    public T Read<T>(Func<SeminarGame, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_lock) return read(_game);
    }

    /// <summary>Runs a game command under the lock; returns the Core's refusal sentence, or null when done (and stored).</summary>
    public string? Command(Func<SeminarGame, string?> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        lock (_lock)
        {
            var why = Apply(command);
            if (why is null) Changed();
            return why;
        }
    }

    private string? Apply(Func<SeminarGame, string?> command)
    {
        var before = _game.Events.Count;
        var why = command(_game);
        if (why is not null || _game.Events.Count == before) return why;
        try
        {
            _store.AppendEvents(Id, before, _game.Events.Skip(before));
        }
        catch
        {
            // Not stored means not happened: the game goes back to what the store holds.
            _game = SeminarGame.Replay(_game.Setup, [.. _game.Events.Take(before)]);
            throw;
        }
        UpdateTimer();
        return null;
    }

    /// <summary>The role (facilitator or seat id) whose token this is, or null.</summary>
    public string? RoleOf(string? token)
    {
        lock (_lock) return _tokenHashes.FirstOrDefault(kv => SeatTokens.Matches(token, kv.Value)).Key;
    }

    /// <summary>Whether <paramref name="token"/> is <paramref name="role"/>'s.</summary>
    public bool IsTokenOf(string role, string? token)
    {
        lock (_lock) return _tokenHashes.TryGetValue(role, out var hash) && SeatTokens.Matches(token, hash);
    }

    /// <summary>A new token for a role (the old link stops working); the caller shows it once.</summary>
    public string Reissue(string role)
    {
        var token = SeatTokens.New();
        lock (_lock)
        {
            _store.SetTokenHash(Id, role, SeatTokens.Hash(token));
            _tokenHashes[role] = SeatTokens.Hash(token);
        }
        return token;
    }

    // ---- timer ----------------------------------------------------------------------------------------------

    /// <summary>Time left for the open decisions, or null when there is no running or paused timer.</summary>
    public TimeSpan? Remaining()
    {
        lock (_lock)
        {
            if (_pausedRemaining is { } p) return p;
            return _deadline is { } d ? Max(d - _time.GetUtcNow(), TimeSpan.Zero) : null;
        }
    }

    public void SetPaused(bool paused)
    {
        lock (_lock)
        {
            if (Settings.Paused == paused) return;
            var now = _time.GetUtcNow();
            if (paused && _deadline is { } d)
            {
                _pausedRemaining = Max(d - now, TimeSpan.Zero);
                _deadline = null;
            }
            else if (!paused && _pausedRemaining is { } r)
            {
                _deadline = now + r;
                _pausedRemaining = null;
            }
            SaveSettings(Settings with { Paused = paused });
        }
    }

    /// <summary>Starts the game for the clock: open decisions get their time from now (nothing happens when already started).</summary>
    public void Start()
    {
        lock (_lock)
        {
            if (Settings.Started) return;
            SaveSettings(Settings with { Started = true });
            UpdateTimer();
        }
    }

    public void SetAutoTimeout(bool on)
    {
        lock (_lock)
        {
            if (Settings.AutoTimeout != on) SaveSettings(Settings with { AutoTimeout = on });
        }
    }

    private void SaveSettings(GameSettings settings)
    {
        _store.UpdateSettings(Id, settings);
        Settings = settings;
        Changed();
    }

    /// <summary>Times out the late seats once the time is up (unless paused or auto-timeout is off); true when it did.</summary>
    public bool Tick()
    {
        lock (_lock)
        {
            if (!Settings.AutoTimeout || Settings.Paused || _deadline is not { } d || _time.GetUtcNow() < d) return false;
            if (Apply(g => g.TimeOutAll()) is not null) return false;
            Changed();
            return true;
        }
    }

    // A decision's clock starts when its week first stops for it once the game is started (at Start for the decisions
    // already open); a later stop in the same turn gets a fresh clock.
    private void UpdateTimer()
    {
        if (!Settings.Started || _game.Finished || _game.Pending().Count == 0 || Settings.TurnSeconds <= 0)
        {
            _deadline = null;
            _pausedRemaining = null;
            _deadlineWeek = -1;
            return;
        }
        if (_deadlineWeek == _game.Week) return;
        _deadlineWeek = _game.Week;
        var limit = TimeSpan.FromSeconds(Settings.TurnSeconds);
        if (Settings.Paused)
        {
            _pausedRemaining = limit;
            _deadline = null;
        }
        else
        {
            _deadline = _time.GetUtcNow() + limit;
            _pausedRemaining = null;
        }
    }

    // ---- who is connected ---------------------------------------------------------------------------------------

    /// <summary>A page of <paramref name="role"/> says it is open (or, <paramref name="leaving"/>, closing): see <see cref="PagePresence"/>.</summary>
    public void Seen(string role, string page, bool leaving)
    {
        lock (_lock)
        {
            if (_presence.Seen(role, page, leaving, _time.GetUtcNow())) Changed();
        }
    }

    /// <summary>Open pages per role (the facilitator and each seat; 0 for none).</summary>
    public IReadOnlyDictionary<string, int> Connections()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var all = new Dictionary<string, int>(StringComparer.Ordinal) { [SeatTokens.Facilitator] = _presence.Count(SeatTokens.Facilitator, now) };
            foreach (var seat in _game.Seats) all[seat] = _presence.Count(seat, now);
            return all;
        }
    }

    // ---- change signal --------------------------------------------------------------------------------------

    private void Changed()
    {
        Version++;
        var old = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        old.TrySetResult();
    }

    /// <summary>Completes when the version moves past <paramref name="seen"/> (at once if it already has).</summary>
    public Task WaitForChangeAsync(long seen)
    {
        lock (_lock) return Version != seen ? Task.CompletedTask : _changed.Task;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
