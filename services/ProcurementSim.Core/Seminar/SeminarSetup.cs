namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Everything a seminar game starts from. With its ordered game events it determines the game completely
/// (<see cref="SeminarGame.Replay"/>). It holds no secret: seats are named by id only.
/// </summary>
/// <param name="ScenarioText">The scenario's YAML text.</param>
/// <param name="Strategy">The scenario strategy whose playbook is the agency's bot.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="HumanSeats">Seats a person fills at the start (<see cref="SeatIds.Agency"/> or vendor names); the rest are bots.</param>
/// <param name="WeeksPerTurn">Weeks per turn (at least 1).</param>
public sealed record SeminarSetup(string ScenarioText, string Strategy, ulong Seed, IReadOnlyList<string> HumanSeats, int WeeksPerTurn = 8)
{
    /// <summary>The default turn length: 8 weeks, so a 104-week scenario plays in 13 turns.</summary>
    public const int DefaultWeeksPerTurn = 8;
}
