using System.Text.Json.Serialization;

namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// One entry of a seminar game's event log. The game is a pure function of its <see cref="SeminarSetup"/> and these
/// events in order; <see cref="SeminarJson"/> gives them stable JSON. No event ever holds a token or a secret.
/// </summary>
/// <param name="Week">The week the game was paused at when it happened (checked on replay).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MoveMade), "move_made")]
[JsonDerivedType(typeof(SeatTimedOut), "seat_timed_out")]
[JsonDerivedType(typeof(SeatChanged), "seat_changed")]
[JsonDerivedType(typeof(InjectFired), "inject_fired")]
[JsonDerivedType(typeof(TurnAdvanced), "turn_advanced")]
[JsonDerivedType(typeof(DecisionHeld), "decision_held")]
[JsonDerivedType(typeof(MessageSent), "message_sent")]
[JsonDerivedType(typeof(RulingMade), "ruling_made")]
public abstract record GameEvent(int Week);
