namespace ProcurementSim.Orchestrator.Store;

/// <summary>A replayed tick against the events stored the first time it was played: the first difference, in a sentence.</summary>
internal static class StoredEventComparison
{
    /// <summary>Null when <paramref name="replayed"/> equals <paramref name="stored"/>, event for event; else what differs first.</summary>
    public static string? Compare(int tick, IReadOnlyList<StoredEvent> stored, IReadOnlyList<StoredEvent> replayed)
    {
        for (var i = 0; i < Math.Max(stored.Count, replayed.Count); i++)
        {
            if (i >= stored.Count || i >= replayed.Count || stored[i] != replayed[i])
            {
                var was = i < stored.Count ? Describe(stored[i]) : "nothing";
                var now = i < replayed.Count ? Describe(replayed[i]) : "nothing";
                return $"Tick {tick} replayed differently from the stored event log ({stored.Count} events stored, {replayed.Count} replayed): "
                    + $"event {i + 1} was {was}, the replay gave {now}.";
            }
        }

        return null;
    }

    private static string Describe(StoredEvent e) =>
        $"'{e.Event.Kind}' by actor {e.ActorId} (#{e.Sequence}: {e.Event.Detail})";
}
