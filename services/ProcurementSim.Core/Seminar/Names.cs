using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar;

/// <summary>Scenario names ↔ indices for moves (which name vendors and categories).</summary>
internal static class Names
{
    public static int Vendor(Scenario s, string name)
    {
        for (var v = 0; v < s.Vendors.Count; v++)
        {
            if (s.Vendors[v].Name == name) return v;
        }
        return -1;
    }

    public static int Category(Scenario s, string name)
    {
        for (var c = 0; c < s.Categories.Count; c++)
        {
            if (s.Categories[c].Name == name) return c;
        }
        return -1;
    }

    public static int[] Categories(Scenario s, IEnumerable<string> names) => [.. names.Select(n => Category(s, n))];

    public static string[] Of(Scenario s, IEnumerable<int> categories) => [.. categories.Select(c => s.Categories[c].Name)];
}
