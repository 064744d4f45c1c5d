namespace ProcurementSim.Reporting.Charts;

/// <summary>
/// The range of a parallel-coordinates axis, as both reports draw it (the lever search's front and a sweep's sampled
/// runs): the given bounds when finite, else the finite values' span (0 to 1 with none); a range of one value is
/// widened by ½ each way, so the value sits mid-axis.
/// </summary>
internal static class ParcoordsRange
{
    public static (double Low, double High) Of(IEnumerable<double> values, double min, double max)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var (low, high) = double.IsFinite(min) && double.IsFinite(max) ? (min, max) : finite.Count > 0 ? (finite.Min(), finite.Max()) : (0, 1);
        return high > low ? (low, high) : (low - 0.5, high + 0.5);
    }
}
