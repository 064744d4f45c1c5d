namespace ProcurementSim.Analysis.Optimization;

/// <summary>One gene of the search: a real number in [<paramref name="Lower"/>, <paramref name="Upper"/>], or a whole number there.</summary>
/// <param name="Name">The variable's name (for messages and outputs).</param>
/// <param name="Lower">The lowest value.</param>
/// <param name="Upper">The highest value (at least <paramref name="Lower"/>).</param>
/// <param name="IsInteger">
/// True for a whole number: the operators act on [Lower − 0.5, Upper + 0.5] (so the end values get as wide a basin as
/// the others) and the result is rounded half away from zero and clamped to [Lower, Upper].
/// </param>
public sealed record DecisionVariable(string Name, double Lower, double Upper, bool IsInteger)
{
    /// <summary>The interval the operators work in.</summary>
    internal (double Low, double High) OperatorBounds => IsInteger ? (Lower - 0.5, Upper + 0.5) : (Lower, Upper);

    /// <summary>A value from the operators made a gene: clamped, and for a whole number rounded first.</summary>
    internal double Repair(double value) =>
        Math.Clamp(IsInteger ? Math.Round(value, MidpointRounding.AwayFromZero) : value, Lower, Upper);
}
