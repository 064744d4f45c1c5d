using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// How a vendor serves a week's work: prohibited categories (and conditional ones while paused) are refused;
/// conditional work needs 1/(1 − review overhead) capacity per unit; if the work needs more than the vendor's
/// effective capacity, every category is served in the same proportion.
/// </summary>
internal static class VendorServing
{
    /// <summary>
    /// Serves the week's work of vendor <paramref name="v"/> into <paramref name="r"/>: <paramref name="stances"/>,
    /// <paramref name="shares"/> and <paramref name="shadow"/> are its current stance, tasked share and shadow share per
    /// category; <paramref name="tables"/> its scenario's; <paramref name="capacity"/> its effective capacity this week
    /// (<see cref="Capacity"/>).
    /// </summary>
    public static void Serve(VendorActor v, ScenarioTables tables, PolicyStance[] stances, double[] shares, double[] shadow, double price,
        bool conditionalPaused, double capacity, VendorTickReport r)
    {
        var overhead = v.Scenario.ReviewOverhead;
        var conditionalPerUnit = 1 / (1 - overhead);
        var quality = v.Quality;
        var demand = tables.Demand;
        var unlawful = tables.Unlawful;
        var tasked = r.Tasked;
        var refused = r.Refused;
        double need = 0;
        var n = shares.Length;
        for (var c = 0; c < n; c++)
        {
            var t = unlawful[c] ? 0 : shares[c] * demand[c];
            tasked[c] = t;
            var blocked = Blocked(stances[c], conditionalPaused);
            refused[c] = blocked ? t : 0;
            if (blocked) continue;
            var perUnit = stances[c] == PolicyStance.Conditional ? conditionalPerUnit : 1;
            need += (t + (shadow[c] * demand[c])) * perUnit;
        }
        var f = need > capacity ? capacity / need : 1.0;
        double spend = 0, shadowSpend = 0;
        var servedOut = r.Served;
        var effective = r.Effective;
        for (var c = 0; c < n; c++)
        {
            var blocked = Blocked(stances[c], conditionalPaused);
            var served = blocked ? 0 : tasked[c] * f;
            servedOut[c] = served;
            effective[c] = served * quality;
            spend += served * price;
            if (!blocked) shadowSpend += shadow[c] * demand[c] * f * price;
        }
        r.Spend = spend;
        r.ShadowSpend = shadowSpend;
    }

    /// <summary>A vendor's effective capacity this week: its capacity × readiness × wind-down cooperation.</summary>
    public static double Capacity(VendorActor v) => v.Spec.Capacity * v.Readiness * v.Cooperation;

    private static bool Blocked(PolicyStance stance, bool conditionalPaused) =>
        stance == PolicyStance.Prohibited || (stance == PolicyStance.Conditional && conditionalPaused);
}
