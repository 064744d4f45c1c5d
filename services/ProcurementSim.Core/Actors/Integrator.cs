using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// The integrator deploys each vendor's outputs into operations. Each week, for each vendor, a misuse happens
/// with probability misuse_probability × the vendor's share of operational demand; it is a red-line breach when
/// the vendor prohibits the misuse category, otherwise a compliance incident.
/// </summary>
internal static class Integrator
{
    public static void Deploy(AgencyActor agency, int tick)
    {
        var s = agency.Scenario;
        var spec = s.Integrator;
        var m = agency.MisuseCategory;
        var operational = agency.OperationalDemand;
        if (spec.MisuseProbability <= 0 || m < 0 || operational <= 0) return;
        var tables = agency.Tables;
        var thresholds = agency.MisuseThresholds;
        if (agency.MisuseThresholdsVersion != agency.SentVersion)
        {
            MisuseThresholds(agency, tables, spec.MisuseProbability, operational, thresholds);
            agency.MisuseThresholdsVersion = agency.SentVersion;
        }
        var draws = agency.IntegratorRandom.At(Purposes.Misuse, tick);
        for (var v = 0; v < agency.VendorCount; v++)
        {
            // Keyed by the vendor's name (DrawKeys.Vendor), not its position: the order of the file's vendors changes no draw.
            if (!draws.Below(thresholds[v], tables.VendorDrawKeys[v])) continue;
            var breach = agency.Stance(v, m) == PolicyStance.Prohibited;
            agency.RecordMisuse(v, m, breach);
        }
    }

    /// <summary>
    /// Each vendor's weekly misuse probability, misuse_probability × its share of operational demand in the tasking
    /// the agency sent, as a <see cref="TickDraws.Below"/> threshold (recomputed only when the tasking sent changed).
    /// </summary>
    private static void MisuseThresholds(AgencyActor agency, ScenarioTables tables, double misuseProbability, double operational, ulong[] thresholds)
    {
        var sent = agency.SentShares;
        var demand = tables.Demand;
        var isOperational = tables.Operational;
        var categories = agency.CategoryCount;
        for (var v = 0; v < agency.VendorCount; v++)
        {
            double share = 0;
            for (var c = 0; c < categories; c++)
            {
                if (isOperational[c]) share += sent[(v * categories) + c] * demand[c];
            }
            share /= operational;
            thresholds[v] = TickDraws.Threshold(misuseProbability * share);
        }
    }

    /// <summary>The misuse category's index, or −1.</summary>
    public static int MisuseIndex(Scenario s)
    {
        for (var c = 0; c < s.Categories.Count; c++)
        {
            if (s.Categories[c].Name == s.Integrator.MisuseCategory) return c;
        }
        return -1;
    }

    /// <summary>Total weekly demand of operational categories.</summary>
    public static double OperationalDemand(Scenario s) => s.Categories.Where(c => c.Operational).Sum(c => c.Demand);
}
