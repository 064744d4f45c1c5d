using System.Globalization;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>The facilitator's (umpire's) injects: whether one may fire now, and the inject the engine fires for it.</summary>
internal static class InjectRules
{
    /// <summary>Null when the inject may fire now, or the sentence saying why not.</summary>
    public static string? Check(Scenario s, RunEngine engine, InjectFired f)
    {
        if ((f.ScenarioInject is null) == (f.Custom is null)) return "fire either one of the scenario's injects or a custom one";
        if (f.ScenarioInject is { } i)
        {
            if (i < 0 || i >= s.Injects.Count) return $"the scenario has {s.Injects.Count} injects: choose 0 to {s.Injects.Count - 1}";
            return engine.InjectHasFired(i) ? $"inject {i} ({InjectCatalog.Get(s.Injects[i].Kind).Key}) has already fired" : null;
        }
        return CheckCustom(s, f.Custom!);
    }

    /// <summary>Null when the custom inject (or a ruling's effect) may fire, or the sentence saying why not.</summary>
    public static string? CheckCustom(Scenario s, CustomInject c)
    {
        if (InjectCatalog.FindByKey(c.Kind ?? "") is not { } def)
            return $"unknown inject kind '{c.Kind}' (the kinds are {string.Join(", ", InjectCatalog.All.Select(d => d.Key))})";
        if (!double.IsFinite(c.Magnitude) || c.Magnitude < 0 || c.Magnitude > def.MagnitudeMax)
            return $"{def.Key}'s magnitude lies between 0 and {def.MagnitudeMax.ToString(CultureInfo.InvariantCulture)}; {c.Magnitude.ToString(CultureInfo.InvariantCulture)} was given";
        if (def.NeedsWeeks ? c.Weeks < 1 || c.Weeks > s.Ticks : c.Weeks != 0)
            return def.NeedsWeeks ? $"{def.Key} lasts 1 to {s.Ticks} weeks; {c.Weeks} was given" : $"{def.Key} takes no weeks: give 0";
        if (def.Target is not { } role) return string.IsNullOrEmpty(c.Target) ? null : $"{def.Key} takes no target";
        var named = s.Vendors.Where(v => v.Role == role).Select(v => v.Name).ToList();
        return c.Target is not null && named.Contains(c.Target) ? null
            : $"{def.Key} targets {(role == VendorRole.Incumbent ? "the incumbent" : "a replacement")} vendor: name one of {string.Join(", ", named)}";
    }

    /// <summary>The inject to fire at <paramref name="week"/> for a checked <see cref="InjectFired"/>.</summary>
    public static InjectSpec ToSpec(Scenario s, InjectFired f, int week)
    {
        if (f.ScenarioInject is { } i) return s.Injects[i];
        return f.Custom!.ToSpec(week);
    }
}
