using System.Globalization;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads the optional <c>seminar:</c> section: a briefing text per seat (the agency or a vendor of the file).</summary>
internal static class SeminarReader
{
    /// <summary>Longest briefing, in characters.</summary>
    internal const int MaxBriefing = 4_000;

    public static SeminarSpec Read(ReadContext ctx, YamlNode? node, string path, IEnumerable<string> vendors)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Seminar, "a mapping with briefings");
        if (m?.Optional("briefings") is not { } briefingsNode) return SeminarSpec.None;
        var at = m.At("briefings");
        var seats = new List<string> { "agency" };
        seats.AddRange(vendors);
        if (ctx.Values.Mapping(briefingsNode, at, "a mapping of seats (agency or a vendor's name) to briefing texts") is not { } b) return SeminarSpec.None;
        var reader = new MappingReader(ctx.Diagnostics, b, at, seats, "not a seat of this scenario");
        var briefings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var seat in seats)
        {
            if (ctx.Values.Text(reader.Optional(seat), reader.At(seat)) is not { } text) continue;
            if (text.Length > MaxBriefing)
            {
                ctx.Diagnostics.Add(reader.Optional(seat)!, string.Create(CultureInfo.InvariantCulture,
                    $"{reader.At(seat)}: a briefing is at most {MaxBriefing} characters, got {text.Length}"));
                continue;
            }
            briefings[seat] = text;
        }
        return new SeminarSpec(briefings);
    }
}
