using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// How a vendor serves a week's work: prohibited categories (and conditional ones while paused) are refused;
/// conditional work needs 1/(1 − review overhead) capacity per unit; if the work needs more than the vendor's
/// effective capacity, every category is served in the same proportion.
/// </summary>
internal static class VendorServing
{
    public static void Serve(VendorActor v, double[] shares, double[] shadow, double price, bool conditionalPaused, VendorTickReport r)
    {
        var scenario = v.Scenario;
        var overhead = scenario.ReviewOverhead;
        var capacity = v.Spec.Capacity * v.Readiness * v.Cooperation;
        double need = 0;
        var n = shares.Length;
        for (var c = 0; c < n; c++)
        {
            var cat = scenario.Categories[c];
            var tasked = cat.LegalStatus == LegalStatus.Unlawful ? 0 : shares[c] * cat.Demand;
            r.Tasked[c] = tasked;
            var blocked = Blocked(v.Stances[c], conditionalPaused);
            r.Refused[c] = blocked ? tasked : 0;
            if (blocked) continue;
            var perUnit = v.Stances[c] == PolicyStance.Conditional ? 1 / (1 - overhead) : 1;
            need += (tasked + (shadow[c] * cat.Demand)) * perUnit;
        }
        var f = need > capacity ? capacity / need : 1.0;
        double spend = 0, shadowSpend = 0;
        for (var c = 0; c < n; c++)
        {
            var blocked = Blocked(v.Stances[c], conditionalPaused);
            var served = blocked ? 0 : r.Tasked[c] * f;
            r.Served[c] = served;
            r.Effective[c] = served * v.Quality;
            spend += served * price;
            if (!blocked) shadowSpend += shadow[c] * scenario.Categories[c].Demand * f * price;
        }
        r.Spend = spend;
        r.ShadowSpend = shadowSpend;
    }

    private static bool Blocked(PolicyStance stance, bool conditionalPaused) =>
        stance == PolicyStance.Prohibited || (stance == PolicyStance.Conditional && conditionalPaused);
}
