using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// Plays candidate settings of the levers in a pool of states and judges them by the objectives. Settings already
/// played (the search often breeds a copy) are taken from a cache rather than played again: the same setting in the
/// same states gives the same runs.
/// </summary>
internal sealed class CandidatePlayer(OptimizeContext context, StatePool pool, IStatePlayer player, Action<long> runsDone, CancellationToken cancellationToken)
{
    private readonly string[] _leverNames = [.. context.Levers.Select(l => l.Lever.Name)];
    private readonly Dictionary<string, double[]> _cache = new(StringComparer.Ordinal);
    private double[] _best = [];

    /// <summary>Runs played (the cache's hits are not played).</summary>
    public long Played { get; private set; }

    /// <summary>The pool's states.</summary>
    public StatePool Pool => pool;

    /// <summary>Plays the scenario's strategies as written in every state ([state] rows, strategies in plan order) and keeps each state's best score as the regret reference; null when cancelled.</summary>
    public StateRow[]? PlayReferences()
    {
        if (player.PlayStrategies(pool, Done, cancellationToken) is not { } states) return null;
        StateRow[] rows = [.. states.Select(StateRow.From)];
        _best = [.. rows.Select(r => r.Runs.Max(run => run.Score))];
        return rows;
    }

    /// <summary>A player of the same states and regret reference with a cache of its own (an island's: islands never share settings, so one searched alone plays what it plays among others).</summary>
    public CandidatePlayer ForIsland() => new(context, pool, player, runsDone, cancellationToken) { _best = _best };

    /// <summary>The objectives (as reported, not negated) of outcome rows [state] against this pool's reference.</summary>
    public double[] Judge(IReadOnlyList<RunRow> runs) => [.. context.Objectives.Select(o => o.Value(runs, _best, context.Satisficing))];

    /// <summary>The objectives (as reported) of a setting the search has judged.</summary>
    public double[] Judged(double[] values) => _cache[Key(values)];

    /// <summary>The search's evaluator: each gene vector's objectives in minimised form; null when cancelled.</summary>
    public double[][]? Evaluate(IReadOnlyList<double[]> genes)
    {
        var settings = genes.Select(Decode).ToList();
        var keys = settings.Select(Key).ToList();
        var missing = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (_cache.ContainsKey(keys[i]) || !seen.Add(keys[i])) Done(pool.Count);
            else missing.Add(i);
        }
        if (PlayAll([.. missing.Select(i => settings[i])]) is not { } rows) return null;
        for (var k = 0; k < missing.Count; k++) _cache[keys[missing[k]]] = Judge(rows[k]);
        return [.. keys.Select(key => Minimised(_cache[key]))];
    }

    /// <summary>Plays each setting (lever values) in every state: [setting][state]; null when cancelled.</summary>
    public RunRow[][]? PlayAll(IReadOnlyList<double[]> settings)
    {
        if (settings.Count == 0) return [];
        if (!CandidateBatch.TryCreate(pool.Plan, context.Strategy.Name, _leverNames, settings, out var batch, out var field, out var why))
        {
            // The search only makes settings within the levers' ranges.
            throw new InvalidOperationException($"the search made a setting the levers do not admit: {field}: {why}");
        }
        if (player.PlayCandidates(pool, batch!, Done, cancellationToken) is not { } runs) return null;
        Played += (long)settings.Count * pool.Count;
        return [.. runs.Select(r => r.Select(RunRow.From).ToArray())];
    }

    /// <summary>The lever values of a gene vector.</summary>
    public double[] Decode(double[] genes) => [.. genes.Select((g, i) => context.Levers[i].Decode(g))];

    /// <summary>A setting's identity: its lever values as invariant round-trip text.</summary>
    public static string Key(double[] values) => string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Objectives in the search's form: a maximised one negated, NaN kept (the search reads it as +∞).</summary>
    public double[] Minimised(double[] reported) => Minimised(context, reported);

    /// <summary>Objectives in the search's form for <paramref name="context"/>'s objectives: a maximised one negated, NaN kept.</summary>
    public static double[] Minimised(OptimizeContext context, double[] reported) => [.. reported.Select((v, m) => context.Objectives[m].Maximise ? -v : v)];

    private void Done(long runs) => runsDone(runs);
}
