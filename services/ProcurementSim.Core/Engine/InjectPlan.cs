using System.Runtime.CompilerServices;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// What every run of a scenario needs to know of its injects, worked out once per <see cref="Scenario"/> object: the
/// canonical order, each random inject's draw key, and for each inject its notice, recipients and event text. Every
/// entry comes from the rule that defines it (<see cref="InjectOrder"/>, <see cref="DrawKeys.Inject"/>,
/// <see cref="InjectRouting"/>, <see cref="InjectText"/>); the plan only remembers the answers.
/// </summary>
/// <remarks>
/// Safe for concurrent use: the plan is immutable once built, and two threads asking at once may both build it, then
/// both get the one stored, which equals the other. Nothing in it depends on a run.
/// </remarks>
internal sealed class InjectPlan
{
    private static readonly ConditionalWeakTable<Scenario, InjectPlan> Cache = [];

    private InjectPlan(Scenario scenario)
    {
        var injects = scenario.Injects;
        Injects = [.. injects];
        Canonical = InjectOrder.Canonical(injects);
        DrawKey = new ulong[injects.Count];
        Threshold = new ulong[injects.Count];
        Scheduled = [.. injects.Select(inject => inject.At is not null)];
        At = [.. injects.Select(inject => inject.At ?? 0)];
        var occurrences = new Dictionary<(InjectKind, string), int>();
        foreach (var i in Canonical)
        {
            var inject = injects[i];
            if (inject.At is not null) continue;
            var identity = (inject.Kind, inject.Target ?? "");
            var n = occurrences.GetValueOrDefault(identity);
            occurrences[identity] = n + 1;
            DrawKey[i] = DrawKeys.Inject(InjectCatalog.Get(inject.Kind).Key, inject.Target, n);
            Threshold[i] = TickDraws.Threshold(inject.Probability);
        }
        Notices = new InjectNotice[injects.Count];
        Recipients = new int[injects.Count][];
        EventKinds = new string[injects.Count];
        Details = new string[injects.Count];
        IsKey = new bool[injects.Count];
        for (var i = 0; i < injects.Count; i++)
        {
            var inject = injects[i];
            Notices[i] = Notice(inject);
            Recipients[i] = [.. InjectRouting.Recipients(scenario, inject)];
            EventKinds[i] = EventKind(inject);
            Details[i] = InjectText.Describe(inject);
            IsKey[i] = InjectText.IsKey(inject);
        }
    }

    /// <summary>The plan of <paramref name="scenario"/>'s injects, built on first use.</summary>
    public static InjectPlan Of(Scenario scenario) => Cache.GetValue(scenario, static s => new InjectPlan(s));

    /// <summary>The scenario's injects, in file order.</summary>
    public InjectSpec[] Injects { get; }

    /// <summary>The injects' indices (file positions) in canonical order.</summary>
    public int[] Canonical { get; }

    /// <summary>The draw key of each random inject, by index (0 for a scheduled one).</summary>
    public ulong[] DrawKey { get; }

    /// <summary>Whether each inject is scheduled (has <c>at</c>), by index; otherwise it is random.</summary>
    public bool[] Scheduled { get; }

    /// <summary>The week each scheduled inject fires, by index (0 for a random one).</summary>
    public int[] At { get; }

    /// <summary>Each random inject's weekly probability as a <see cref="TickDraws.Below"/> threshold, by index (0 for a scheduled one).</summary>
    public ulong[] Threshold { get; }

    /// <summary>The notice each inject delivers, by index (immutable, so shared by every run).</summary>
    public InjectNotice[] Notices { get; }

    /// <summary>The actor ids each inject is delivered to, by index. Read only.</summary>
    public int[][] Recipients { get; }

    /// <summary>The kind of each inject's event (<c>inject_</c> and the kind's key), by index.</summary>
    public string[] EventKinds { get; }

    /// <summary>The sentence of each inject's event, by index.</summary>
    public string[] Details { get; }

    /// <summary>Whether each inject's event is a key event, by index.</summary>
    public bool[] IsKey { get; }

    /// <summary>The notice an inject delivers.</summary>
    public static InjectNotice Notice(InjectSpec inject) => new(inject.Kind, inject.Magnitude, inject.Weeks);

    /// <summary>The kind of an inject's event: <c>inject_</c> and the kind's key.</summary>
    public static string EventKind(InjectSpec inject) => "inject_" + InjectCatalog.Get(inject.Kind).Key;
}
