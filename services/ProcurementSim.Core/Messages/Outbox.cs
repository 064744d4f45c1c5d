using ProcurementSim.Core.Engine;

namespace ProcurementSim.Core.Messages;

/// <summary>Collects what one actor sends during a tick, numbering messages in the order they were sent.</summary>
public sealed class Outbox(int from)
{
    private readonly List<Envelope> _items = [];

    /// <summary>The sending actor's id.</summary>
    public int From { get; } = from;

    /// <summary>Messages sent this tick.</summary>
    public IReadOnlyList<Envelope> Items => _items;

    /// <summary>Messages sent this tick, as a span (for the in-process engine's routing: no interface calls).</summary>
    internal ReadOnlySpan<Envelope> Span => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items);

    /// <summary>Sends a message to an actor.</summary>
    public void Send(int to, ActorMessage body) => _items.Add(new Envelope(From, to, _items.Count, body));

    /// <summary>Empties the outbox for the next tick.</summary>
    public void Clear() => _items.Clear();
}
