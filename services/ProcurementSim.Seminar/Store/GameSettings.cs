namespace ProcurementSim.Seminar.Store;

/// <summary>The web layer's settings of a game (not game events: they change no state of the model).</summary>
/// <param name="TurnSeconds">Time a human seat has for an open decision; 0 means no limit.</param>
/// <param name="AutoTimeout">Whether a seat that runs out of time takes the bot's move.</param>
/// <param name="Paused">Whether the facilitator paused the timer.</param>
/// <param name="Started">Whether the facilitator started the game: no clock runs before (links are handed out then).</param>
public sealed record GameSettings(int TurnSeconds, bool AutoTimeout, bool Paused, bool Started);
