using System.Globalization;

namespace ProcurementSim.Reporting.Text;

/// <summary>Numbers as the summary prints them: invariant culture, so every terminal reads the same.</summary>
public static class Numbers
{
    /// <summary>The score and its points: one decimal, halves rounded away from zero.</summary>
    public static string OneDecimal(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A share in [0, 1] as a percentage with one decimal: 0.8437 → "84.4%".</summary>
    public static string Percent(double share) => OneDecimal(share * 100) + "%";

    /// <summary>A share as a short percentage: 0.75 → "75%", 0.125 → "12.5%".</summary>
    public static string ShortPercent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Money, whole units with thousands separators: "12,345,678".</summary>
    public static string Money(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A quantity with thousands separators and at most one decimal.</summary>
    public static string Quantity(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);

    /// <summary>An index in [0, 1], two decimals.</summary>
    public static string Index(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"1 week", "12 weeks".</summary>
    public static string Weeks(int weeks) => Plural.Count(weeks, "week", "weeks");

    /// <summary>An integer, invariant.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A seed, invariant.</summary>
    public static string Integer(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
