using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>Makes the bot playbook for a scenario's strategy.</summary>
public static class PlaybookFactory
{
    /// <summary>A fresh playbook (playbooks keep per-run state).</summary>
    public static IAgencyPlaybook Create(Scenario scenario, StrategySpec strategy)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(strategy);
        var p = strategy.Parameters;
        return strategy.Kind switch
        {
            StrategyKind.StatusQuo => new StatusQuoPlaybook(),
            StrategyKind.NegotiateCarveOut => new NegotiateCarveOutPlaybook(p),
            StrategyKind.Ultimatum => new UltimatumPlaybook(p),
            StrategyKind.PhasedReduction => new PhasedReductionPlaybook(p, VendorIndex(scenario, p.Text("replacement"))),
            StrategyKind.StructuredReplacement => new StructuredReplacementPlaybook(p),
            StrategyKind.DualSource => new DualSourcePlaybook(p),
            StrategyKind.ImmediateTermination => new ImmediateTerminationPlaybook(p),
            _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy.Kind, "unknown strategy kind"),
        };
    }

    private static int VendorIndex(Scenario s, string name)
    {
        for (var v = 0; v < s.Vendors.Count; v++)
        {
            if (s.Vendors[v].Name == name) return v;
        }
        throw new ArgumentException($"no vendor named '{name}'", nameof(s));
    }
}
