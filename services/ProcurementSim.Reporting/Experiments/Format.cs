using System.Globalization;
using ProcurementSim.Reporting.Page;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>The experiment tables' numbers: as <see cref="Display"/>, with a dash for a value that is not a number.</summary>
internal static class Format
{
    public const string Missing = "–";

    public static string Number(double value) =>
        double.IsNaN(value) ? Missing
        : double.IsPositiveInfinity(value) ? "+∞"
        : double.IsNegativeInfinity(value) ? "−∞"
        : Display.Number(value);

    /// <summary>Score points, one decimal.</summary>
    public static string Points(double value) => double.IsFinite(value) ? Display.Points(value) : Missing;

    /// <summary>A share in [0, 1] as a percentage with at most one decimal.</summary>
    public static string Percent(double share) => double.IsFinite(share) ? Display.Percent(share) : Missing;

    /// <summary>An index in [0, 1] (first-order sensitivity, correlation) with two decimals.</summary>
    public static string Index(double value) =>
        double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A count with its noun, singular for one: "1 run", "7,000 runs".</summary>
    public static string Counted(long value, string one, string many) => Count(value) + " " + (value == 1 ? one : many);

    /// <summary>An integer with thousands separated.</summary>
    /// <summary>A p-value to three decimals, "&lt; 0.001" below, the missing mark when there is none.</summary>
    public static string PValue(double? p) =>
        p is not { } v || !double.IsFinite(v) ? Missing : v < 0.001 ? "< 0.001" : v.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
