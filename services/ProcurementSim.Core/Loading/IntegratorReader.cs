using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads the optional <c>integrator:</c> section.</summary>
internal static class IntegratorReader
{
    public static IntegratorSpec Read(ReadContext ctx, YamlNode? node, string path)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Integrator);
        if (m is null) return new IntegratorSpec(0, null);
        return new IntegratorSpec(
            ctx.Values.Number(m.Required("misuse_probability"), m.At("misuse_probability"), ScenarioRanges.MisuseProbability),
            ctx.CategoryRef(m.Optional("misuse_category"), m.At("misuse_category")));
    }
}
