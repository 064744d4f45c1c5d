using ProcurementSim.Core.Results;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>Seminar games on the reference standoff scenario.</summary>
internal static class SeminarGames
{
    private static readonly Lazy<string> StandoffText = new(() => File.ReadAllText(ReferenceScenarios.PathOf("usage-policy-standoff.yaml")));

    public static string Standoff => StandoffText.Value;

    public static SeminarSetup Setup(string strategy = "structured_replacement", ulong seed = 1, params string[] humans) =>
        new(Standoff, strategy, seed, humans);

    public static SeminarGame Start(string strategy = "structured_replacement", ulong seed = 1, params string[] humans) =>
        SeminarGame.Start(Setup(strategy, seed, humans));

    /// <summary>Times out whoever is waited for and advances until the game is over.</summary>
    public static SeminarGame PlayOut(this SeminarGame game)
    {
        while (!game.Finished)
        {
            Assert.Null(game.TimeOutAll());
            if (!game.Finished && game.Pending().Count == 0) Assert.Null(game.Advance());
        }
        return game;
    }

    /// <summary>Advances (timing nobody out) until the game stops at week <paramref name="week"/> or later.</summary>
    public static void AdvanceTo(this SeminarGame game, int week)
    {
        while (game.Week < week) Assert.Null(game.Advance());
    }

    public static byte[] Bytes(this SeminarGame game) => ResultJsonWriter.ToBytes(game.Result());

    public static string Json<T>(T value) => SeminarJson.Serialize(value);
}
