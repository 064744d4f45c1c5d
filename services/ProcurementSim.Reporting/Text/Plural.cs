using System.Globalization;

namespace ProcurementSim.Reporting.Text;

/// <summary>"1 vendor", "3 vendors".</summary>
public static class Plural
{
    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
