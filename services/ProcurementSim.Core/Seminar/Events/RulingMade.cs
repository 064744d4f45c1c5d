using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// The facilitator, as umpire, rules with a reason: on a seat's open decision (<paramref name="Move"/> is the outcome
/// ruled, made for the seat as the facilitator's move, so the bots play on from it), on an outcome of the model
/// (<paramref name="Effect"/>: e.g. a replacement's readiness slips, as an inject of the catalog's kinds, fired now),
/// or in words only (neither: a ruling that changes no state of the model, e.g. on a question of the rules).
/// </summary>
/// <param name="Week">The week.</param>
/// <param name="Seat">The seat ruled on, or <see cref="MessageChannels.Public"/> for a ruling addressed to every seat.</param>
/// <param name="Ruling">What is ruled, in words.</param>
/// <param name="Reason">Why.</param>
/// <param name="Move">The outcome ruled for the seat's open decision, or null.</param>
/// <param name="Effect">The outcome ruled on the model, fired now as this inject, or null (never with a move).</param>
public sealed record RulingMade(int Week, string Seat, string Ruling, string Reason, SeatMove? Move, CustomInject? Effect = null) : GameEvent(Week);
