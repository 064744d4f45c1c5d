using ProcurementSim.Core.Events;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Seminar.Pages;

/// <summary>
/// A fork's result for the debrief: which decision was forked, the move taken and the move made instead, the two
/// results side by side, and the two timelines (key events) from the decision's week on.
/// </summary>
/// <param name="Decision">The decision forked.</param>
/// <param name="Instead">The move made in the fork.</param>
/// <param name="Comparison">The baseline's result beside the fork's.</param>
/// <param name="Baseline">The key events of the baseline (the game as played, or played on by the bots when unfinished) from the decision's week.</param>
/// <param name="Fork">The fork's key events from the decision's week.</param>
internal sealed record ForkOutcome(DecisionRecord Decision, SeatMove Instead, ResultComparison Comparison, IReadOnlyList<SimEvent> Baseline, IReadOnlyList<SimEvent> Fork)
{
    /// <summary>Forks <paramref name="game"/> at decision <paramref name="index"/> with <paramref name="move"/> and compares.</summary>
    /// <exception cref="ArgumentException">The move does not answer the decision or is impossible there.</exception>
    public static ForkOutcome Of(SeminarGame game, int index, SeatMove move)
    {
        ArgumentNullException.ThrowIfNull(game);
        var d = game.Decisions[index];
        var fork = game.ForkAt(index, move);
        // An unfinished game has no end to compare with: its baseline is the same decision, then bots.
        var baseline = game.Finished ? game : game.ForkAt(index, d.Move);
        var at = $"{d.Seat}, week {d.Week}";
        var comparison = ResultComparison.Compare(baseline.Result(), game.Finished ? "as played" : $"as played to {at}, then bots", fork.Result(), $"fork at {at}");
        return new ForkOutcome(d, move, comparison, KeyEventsFrom(baseline, d.Week), KeyEventsFrom(fork, d.Week));
    }

    private static IReadOnlyList<SimEvent> KeyEventsFrom(SeminarGame g, int week) => [.. g.FacilitatorView().Events.Where(e => e.Key && e.Tick >= week)];
}
