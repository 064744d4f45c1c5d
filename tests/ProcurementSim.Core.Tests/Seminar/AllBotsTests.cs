using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Seminar;

public class AllBotsTests
{
    public static TheoryData<string> Strategies() => [.. ReferenceScenarios.StandoffScenario.Strategies.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void A_game_of_bots_gives_the_bytes_of_Simulator_Run(string strategy)
    {
        var s = ReferenceScenarios.StandoffScenario;
        var expected = Simulator.Run(s, s.FindStrategy(strategy)!, 7);

        var game = SeminarGames.Start(strategy, 7);
        var advances = 0;
        while (!game.Finished)
        {
            Assert.Empty(game.Pending()); // bots never leave a decision open
            Assert.Null(game.Advance());
            advances++;
        }

        Assert.Equal(13, advances); // 104 weeks in turns of 8
        Assert.Equal(ResultJsonWriter.ToBytes(expected), game.Bytes());
        Assert.Equal(TimelineCsvWriter.ToBytes(expected), TimelineCsvWriter.ToBytes(game.Result()));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Human_vendors_that_always_time_out_play_exactly_as_bots(string strategy)
    {
        // A timed-out vendor decides with VendorBot inside its step, on exactly what a bot seat would see.
        var s = ReferenceScenarios.StandoffScenario;
        var expected = Simulator.Run(s, s.FindStrategy(strategy)!, 3);

        var game = SeminarGames.Start(strategy, 3, "incumbent", "replacement_a", "replacement_b").PlayOut();

        Assert.Equal(ResultJsonWriter.ToBytes(expected), game.Bytes());
        Assert.All(game.Decisions.Where(d => d.Seat != SeatIds.Agency), d => Assert.Equal(MoveSource.Timeout, d.Source));
    }

    [Fact]
    public void Each_turn_summary_is_the_partial_result_of_the_weeks_played()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var game = SeminarGames.Start().PlayOut();

        Assert.Equal(Enumerable.Range(1, 13), game.TurnSummaries.Select(t => t.Turn));
        Assert.Equal(Enumerable.Range(1, 13).Select(t => (8 * t) - 1), game.TurnSummaries.Select(t => t.LastWeek));
        Assert.Equal(game.Result().Score, game.TurnSummaries[^1].Score);
        // Turn 3 ends after week 23: the engine stepped 24 weeks by hand gives the same partial score and metrics.
        var engine = new RunEngine(s, s.Strategies[0], 1, RunOptions.Default);
        for (var i = 0; i < 24; i++) engine.Step();
        var partial = engine.Result();
        Assert.Equal(partial.Score, game.TurnSummaries[2].Score);
        Assert.Equal(partial.Metrics, game.TurnSummaries[2].Metrics);
        Assert.NotEqual(game.TurnSummaries[0].Metrics.TotalCost, game.TurnSummaries[1].Metrics.TotalCost);
    }
}
