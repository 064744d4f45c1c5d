using System.Globalization;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar;

public sealed partial class SeminarGame
{
    private string? CheckInject(InjectFired f)
    {
        if ((f.ScenarioInject is null) == (f.Custom is null)) return "fire either one of the scenario's injects or a custom one";
        if (f.ScenarioInject is { } i)
        {
            if (i < 0 || i >= _s.Injects.Count) return $"the scenario has {_s.Injects.Count} injects: choose 0 to {_s.Injects.Count - 1}";
            return _engine.InjectHasFired(i) ? $"inject {i} ({InjectCatalog.Get(_s.Injects[i].Kind).Key}) has already fired" : null;
        }
        var c = f.Custom!;
        if (InjectCatalog.FindByKey(c.Kind ?? "") is not { } def)
            return $"unknown inject kind '{c.Kind}' (the kinds are {string.Join(", ", InjectCatalog.All.Select(d => d.Key))})";
        if (!double.IsFinite(c.Magnitude) || c.Magnitude < 0 || c.Magnitude > def.MagnitudeMax)
            return $"{def.Key}'s magnitude lies between 0 and {def.MagnitudeMax.ToString(CultureInfo.InvariantCulture)}; {c.Magnitude.ToString(CultureInfo.InvariantCulture)} was given";
        if (def.NeedsWeeks ? c.Weeks < 1 || c.Weeks > _s.Ticks : c.Weeks != 0)
            return def.NeedsWeeks ? $"{def.Key} lasts 1 to {_s.Ticks} weeks; {c.Weeks} was given" : $"{def.Key} takes no weeks: give 0";
        if (def.Target is not { } role) return string.IsNullOrEmpty(c.Target) ? null : $"{def.Key} takes no target";
        var named = _s.Vendors.Where(v => v.Role == role).Select(v => v.Name).ToList();
        return c.Target is not null && named.Contains(c.Target) ? null
            : $"{def.Key} targets {(role == VendorRole.Incumbent ? "the incumbent" : "a replacement")} vendor: name one of {string.Join(", ", named)}";
    }

    private InjectSpec ToSpec(InjectFired f)
    {
        if (f.ScenarioInject is { } i) return _s.Injects[i];
        var c = f.Custom!;
        var def = InjectCatalog.FindByKey(c.Kind)!;
        return new InjectSpec(def.Kind, Week, 0, def.Target is null ? null : c.Target, c.Magnitude, c.Weeks);
    }
}
