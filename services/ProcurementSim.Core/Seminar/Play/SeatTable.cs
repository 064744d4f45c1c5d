namespace ProcurementSim.Core.Seminar.Play;

/// <summary>Who fills each seat now: a person or the bot. Seat ids are <see cref="SeatIds.Agency"/>, then the vendors in scenario order.</summary>
internal sealed class SeatTable
{
    private readonly Dictionary<string, SeatKind> _kinds = new(StringComparer.Ordinal);

    /// <summary>Every seat a bot except <paramref name="humans"/>.</summary>
    public SeatTable(IReadOnlyList<string> seats, IReadOnlyList<string> humans)
    {
        Seats = seats;
        foreach (var seat in seats) _kinds[seat] = humans.Contains(seat) ? SeatKind.Human : SeatKind.Bot;
    }

    /// <summary>The seat ids, in order.</summary>
    public IReadOnlyList<string> Seats { get; }

    /// <summary>Whether the seat exists (null never does).</summary>
    public bool Contains(string? seat) => _kinds.ContainsKey(seat ?? "");

    /// <summary>Who fills a seat that exists.</summary>
    public SeatKind KindOf(string seat) => _kinds[seat];

    /// <summary>Who fills a seat, if it exists.</summary>
    public bool TryGetKind(string seat, out SeatKind kind) => _kinds.TryGetValue(seat, out kind);

    /// <summary>Hands a seat to a person or the bot.</summary>
    public void Set(string seat, SeatKind kind) => _kinds[seat] = kind;

    /// <summary>The sentence refusing a seat that does not exist.</summary>
    public string Unknown(string? seat) => $"there is no seat '{seat}' (the seats are {string.Join(", ", Seats)})";

    /// <exception cref="ArgumentException">The seat does not exist.</exception>
    public void Require(string? seat, string paramName)
    {
        if (!Contains(seat)) throw new ArgumentException(Unknown(seat), paramName);
    }
}
