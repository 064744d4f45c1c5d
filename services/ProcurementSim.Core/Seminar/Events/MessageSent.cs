namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// A message between the people of a game (talk, not a move: it changes no state of the model). See
/// <see cref="MessageChannels"/> for who sends, who receives and who reads it.
/// </summary>
/// <param name="Week">The week the game was at.</param>
/// <param name="From">A seat, or <see cref="MessageChannels.Umpire"/> (the facilitator).</param>
/// <param name="To">A seat (private), <see cref="MessageChannels.Public"/> (every seat) or <see cref="MessageChannels.Umpire"/> (the facilitator).</param>
/// <param name="Text">What was said.</param>
public sealed record MessageSent(int Week, string From, string To, string Text) : GameEvent(Week);
