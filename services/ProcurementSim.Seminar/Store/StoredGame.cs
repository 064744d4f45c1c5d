using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Seminar.Store;

/// <summary>A game as the store keeps it: its setup, settings, token hashes and events, enough to rebuild it.</summary>
public sealed record StoredGame(
    string Id,
    SeminarSetup Setup,
    string ScenarioLabel,
    GameSettings Settings,
    IReadOnlyDictionary<string, string> TokenHashes,
    DateTimeOffset Created,
    IReadOnlyList<GameEvent> Events);
