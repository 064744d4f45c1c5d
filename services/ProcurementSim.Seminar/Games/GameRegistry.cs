using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Seminar.Security;
using ProcurementSim.Seminar.Store;

namespace ProcurementSim.Seminar.Games;

/// <summary>Every game of this server, rebuilt from the store at start-up (<see cref="SeminarGame.Replay"/>).</summary>
public sealed partial class GameRegistry
{
    private readonly ConcurrentDictionary<string, GameSession> _games = new(StringComparer.Ordinal);
    private readonly SqliteGameStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<GameRegistry> _log;

    public GameRegistry(SqliteGameStore store, TimeProvider time, ILogger<GameRegistry> log)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _time = time;
        _log = log;
        foreach (var stored in store.LoadAll())
        {
            try
            {
                var game = SeminarGame.Replay(stored.Setup, stored.Events);
                _games[stored.Id] = new GameSession(stored, game, store, time);
                LogResumed(stored.Id, stored.Events.Count, game.Week);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                LogNotResumed(stored.Id, e.Message);
            }
        }
    }

    public GameSession? Find(string id) => _games.TryGetValue(id ?? "", out var g) ? g : null;

    public IReadOnlyList<GameSession> All => [.. _games.Values.OrderBy(g => g.Created)];

    /// <summary>Starts and stores a game; returns it with every role's token (shown once, never stored).</summary>
    /// <exception cref="ArgumentException">The setup is invalid (the Core's sentence).</exception>
    public (GameSession Session, IReadOnlyDictionary<string, string> Tokens) Create(SeminarSetup setup, string label, GameSettings settings)
    {
        var game = SeminarGame.Start(setup);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal) { [SeatTokens.Facilitator] = SeatTokens.New() };
        foreach (var seat in game.Seats) tokens[seat] = SeatTokens.New();
        var hashes = tokens.ToDictionary(kv => kv.Key, kv => SeatTokens.Hash(kv.Value), StringComparer.Ordinal);
        var created = _time.GetUtcNow();
        _store.AddGame(id, game.Setup, label, settings, hashes, created);
        var stored = new StoredGame(id, game.Setup, label, settings, hashes, created, []);
        var session = new GameSession(stored, game, _store, _time);
        _games[id] = session;
        LogCreated(id, label, game.Setup.Strategy, string.Join(", ", game.Setup.HumanSeats));
        return (session, tokens);
    }

    /// <summary>Runs every game's timer once.</summary>
    public void TickAll()
    {
        foreach (var g in _games.Values)
        {
            if (g.Tick()) LogTimedOut(g.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seminar game {GameId} created ({Scenario}, {Strategy}; human seats: {Humans})")]
    private partial void LogCreated(string gameId, string scenario, string strategy, string humans);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seminar game {GameId} resumed from {Events} events at week {Week}")]
    private partial void LogResumed(string gameId, int events, int week);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seminar game {GameId} could not be resumed: {Reason}")]
    private partial void LogNotResumed(string gameId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seminar game {GameId}: time ran out, the bots moved for the late seats")]
    private partial void LogTimedOut(string gameId);
}
