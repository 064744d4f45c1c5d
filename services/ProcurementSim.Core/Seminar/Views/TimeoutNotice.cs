using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>
/// Told to a seat (and no other) whose time ran out: the bot decided for it. Anything the seat had not submitted was
/// not kept; <paramref name="Move"/> counts instead.
/// </summary>
/// <param name="Week">The week of the decision.</param>
/// <param name="Move">The move taken for the seat; while the week is not yet played, the bot's move as things stand.</param>
/// <param name="Played">Whether the week has been played (the move is final); false while the game waits before it.</param>
public sealed record TimeoutNotice(int Week, SeatMove Move, bool Played);
