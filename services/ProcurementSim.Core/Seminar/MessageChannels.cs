using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Talk between seats, in one place: a private message is read by its sender and its addressee, a public one by
/// every seat, one to the umpire by its sender and the facilitator; the facilitator (the umpire) reads them all and
/// writes to one seat or to everyone. Messages are game events: stored, replayed, in the debrief; they change no model state.
/// </summary>
public static class MessageChannels
{
    /// <summary>The channel every seat reads.</summary>
    public const string Public = "public";

    /// <summary>The facilitator, as sender or addressee.</summary>
    public const string Umpire = "umpire";

    /// <summary>Longest message, in characters.</summary>
    public const int MaxLength = 1_000;

    /// <summary>Whether <paramref name="seat"/> reads the message (the facilitator reads every one).</summary>
    public static bool Reads(string seat, MessageSent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.To == Public || message.From == seat || message.To == seat;
    }

    /// <summary>Whether <paramref name="seat"/> reads the umpire's ruling: the seat ruled on, or every seat for a ruling to all (the facilitator reads every one).</summary>
    public static bool ReadsRuling(string seat, RulingMade ruling)
    {
        ArgumentNullException.ThrowIfNull(ruling);
        return ruling.Seat == seat || ruling.Seat == Public;
    }

    /// <summary>Null when the message can be sent among <paramref name="seats"/>, else why not (one sentence).</summary>
    public static string? Check(IReadOnlyList<string> seats, MessageSent m)
    {
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(m);
        if (m.From != Umpire && !seats.Contains(m.From)) return $"there is no seat '{m.From}' to send from";
        if (m.To != Public && m.To != Umpire && !seats.Contains(m.To))
            return $"there is no seat '{m.To}' to write to (write to {Public}, {Umpire} or one of {string.Join(", ", seats)})";
        if (m.To == m.From) return "a message goes to someone else";
        if (string.IsNullOrWhiteSpace(m.Text)) return "the message is empty";
        return m.Text.Length > MaxLength ? $"a message is at most {MaxLength} characters, this one has {m.Text.Length}" : null;
    }
}
