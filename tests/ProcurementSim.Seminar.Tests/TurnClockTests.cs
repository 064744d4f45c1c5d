using Microsoft.Extensions.Logging.Abstractions;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Seminar.Games;
using ProcurementSim.Seminar.Store;

namespace ProcurementSim.Seminar.Tests;

/// <summary>The turn clock (issue 13, point 1) on a manual clock: it starts at Start, afresh after a restart, and a timeout is told.</summary>
public sealed class TurnClockTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly string _dir = Directory.CreateTempSubdirectory("seminar-clock-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private string StorePath => Path.Combine(_dir, "seminar.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private GameRegistry Registry(SqliteGameStore store) => new(store, _clock, NullLogger<GameRegistry>.Instance);

    private static GameSession NewGame(GameRegistry games) =>
        games.Create(new SeminarSetup(SeminarServer.ScenarioText("usage-policy-standoff.yaml"), "structured_replacement", 1, ["agency", "incumbent"]),
            "standoff", new GameSettings((int)Limit.TotalSeconds, AutoTimeout: true, Paused: false, Started: false)).Session;

    private static bool AgencyWaited(GameSession g) => g.Read(x => x.Pending().Any(p => p.Seat == "agency"));

    [Fact]
    public void No_clock_runs_before_the_facilitator_starts_the_game_and_the_limit_counts_from_start()
    {
        using var store = new SqliteGameStore(StorePath);
        var g = NewGame(Registry(store));

        _clock.Advance(TimeSpan.FromMinutes(10)); // links are handed out
        Assert.Null(g.Remaining());
        Assert.False(g.Tick());
        Assert.True(AgencyWaited(g));

        g.Start();
        Assert.Equal(Limit, g.Remaining());
        _clock.Advance(Limit - TimeSpan.FromSeconds(1));
        Assert.False(g.Tick());
        Assert.True(AgencyWaited(g));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(g.Tick());
        Assert.False(AgencyWaited(g));
    }

    [Fact]
    public void Advancing_the_first_turn_starts_the_game_for_the_clock()
    {
        using var store = new SqliteGameStore(StorePath);
        var g = NewGame(Registry(store));
        Assert.Null(g.Command(x => x.Submit("agency", new AgencyMove([]))));
        g.Start(); // what the facilitator's "advance" does first
        Assert.Null(g.Command(x => x.Advance()));
        Assert.True(g.Settings.Started);
        Assert.Equal(Limit, g.Remaining()); // turn 2 waits for the agency with a full clock
    }

    [Fact]
    public void After_a_restart_the_game_is_still_started_and_open_decisions_get_a_fresh_clock()
    {
        string id;
        using (var store = new SqliteGameStore(StorePath))
        {
            var g = NewGame(Registry(store));
            id = g.Id;
            g.Start();
            _clock.Advance(TimeSpan.FromSeconds(15));
            Assert.Equal(TimeSpan.FromSeconds(5), g.Remaining());
        }
        using (var store = new SqliteGameStore(StorePath))
        {
            var g = Registry(store).Find(id)!;
            Assert.True(g.Settings.Started);
            Assert.Equal(Limit, g.Remaining());
        }
    }

    [Fact]
    public void A_game_not_started_before_a_restart_runs_no_clock_after_it()
    {
        string id;
        using (var store = new SqliteGameStore(StorePath)) id = NewGame(Registry(store)).Id;
        using (var store = new SqliteGameStore(StorePath))
        {
            var g = Registry(store).Find(id)!;
            Assert.False(g.Settings.Started);
            Assert.Null(g.Remaining());
        }
    }

    [Fact]
    public void A_timeout_tells_the_seat_which_move_was_taken_and_refuses_its_late_draft()
    {
        using var store = new SqliteGameStore(StorePath);
        var g = NewGame(Registry(store));
        g.Start();
        var botMove = Assert.Single(g.Read(x => x.Suggest("agency")));
        _clock.Advance(Limit);
        Assert.True(g.Tick());

        var notice = Assert.Single(g.Read(x => x.ViewFor("agency").TimedOut));
        Assert.Equal(SeminarJson.Serialize(botMove), SeminarJson.Serialize(notice.Move));
        Assert.Empty(g.Read(x => x.ViewFor("incumbent").TimedOut));
        var page = Pages.SeatPage.Fragment(g, "agency");
        Assert.Contains("Time ran out", page, StringComparison.Ordinal);
        Assert.Contains("Anything you had not submitted was not kept", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Time ran out", Pages.SeatPage.Fragment(g, "incumbent"), StringComparison.Ordinal);

        var late = g.Command(x => x.Submit("agency", new AgencyMove([new NoteOrder("note", "late draft")])));
        Assert.NotNull(late);
        Assert.StartsWith("time ran out for agency", late, StringComparison.Ordinal);
    }
}
