using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Rebuilds games from their recorded events: a game is a pure function of its setup and events, so the whole log
/// resumes it (after a restart) and a prefix gives it as it stood earlier.
/// </summary>
internal static class GameReplay
{
    /// <summary>The game <paramref name="events"/> make from <paramref name="setup"/>.</summary>
    /// <exception cref="InvalidOperationException">An event does not fit the game at that point (a corrupted log).</exception>
    public static SeminarGame Of(SeminarSetup setup, IEnumerable<GameEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var game = SeminarGame.Start(setup);
        var i = 0;
        foreach (var e in events)
        {
            if (game.Execute(e) is { } why) throw new InvalidOperationException($"event {i} ({e.GetType().Name}) does not replay: {why}");
            i++;
        }
        return game;
    }

    /// <summary>The game as it stood at the start of <paramref name="turn"/>, before any event of that turn.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The game has not reached that turn.</exception>
    public static SeminarGame AtTurn(SeminarGame game, int turn)
    {
        if (turn < 1 || turn > game.Turn) throw new ArgumentOutOfRangeException(nameof(turn), turn, $"the game has reached turn {game.Turn}; choose 1 to {game.Turn}");
        var start = game.FirstWeekOf(turn);
        return Of(game.Setup, game.Events.TakeWhile(e => e.Week < start));
    }
}
