using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Seminar;

/// <summary>Reads and checks a <see cref="SeminarSetup"/>: its scenario, strategy, turn length and human seats.</summary>
internal static class SetupLoader
{
    /// <summary>The setup (its human seats never null), the parsed scenario and the bot's strategy.</summary>
    /// <exception cref="ArgumentException">The setup is invalid (the message says why).</exception>
    public static (SeminarSetup Setup, Scenario Scenario, StrategySpec Strategy, SeminarSpec Seminar) Load(SeminarSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var load = ScenarioLoader.LoadText(setup.ScenarioText ?? "", "scenario");
        if (!load.IsValid) throw new ArgumentException("the scenario is invalid: " + string.Join("; ", load.Diagnostics), nameof(setup));
        var s = load.Scenario!;
        var strategy = s.FindStrategy(setup.Strategy ?? "")
            ?? throw new ArgumentException($"the scenario has no strategy '{setup.Strategy}' (it has {string.Join(", ", s.Strategies.Select(x => x.Name))})", nameof(setup));
        if (setup.WeeksPerTurn < 1) throw new ArgumentException("a turn lasts at least 1 week", nameof(setup));
        if (s.Vendors.Any(v => EventVisibility.AgencyNames.Contains(v.Name)))
            throw new ArgumentException("a vendor named 'agency' or 'integrator' would share a seat id with the agency", nameof(setup));
        var seats = new HashSet<string>([SeatIds.Agency, .. s.Vendors.Select(v => v.Name)], StringComparer.Ordinal);
        foreach (var h in setup.HumanSeats ?? [])
        {
            if (!seats.Contains(h)) throw new ArgumentException($"there is no seat '{h}' (the seats are {string.Join(", ", seats)})", nameof(setup));
        }
        return (setup with { HumanSeats = setup.HumanSeats ?? [] }, s, strategy, load.Seminar);
    }
}
