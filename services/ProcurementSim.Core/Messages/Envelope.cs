namespace ProcurementSim.Core.Messages;

/// <summary>A message with its routing: sender and recipient actor ids and the sender's sequence number within the tick.</summary>
public readonly record struct Envelope(int From, int To, int Sequence, ActorMessage Body) : IComparable<Envelope>
{
    /// <summary>Canonical order: sender, kind, sequence.</summary>
    public int CompareTo(Envelope other)
    {
        var c = From.CompareTo(other.From);
        if (c != 0) return c;
        c = Body.Order.CompareTo(other.Body.Order);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}
