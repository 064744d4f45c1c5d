namespace ProcurementSim.Core.Experiments.Conditions;

/// <summary>A node of a parsed <see cref="Condition"/>.</summary>
internal abstract record ConditionNode
{
    public abstract bool Evaluate(Func<string, double> value);
}

internal sealed record Comparison(string Name, string Operator, double Number, bool NumberFirst) : ConditionNode
{
    public override bool Evaluate(Func<string, double> value)
    {
        var (left, right) = NumberFirst ? (Number, value(Name)) : (value(Name), Number);
        return Operator switch
        {
            "<" => left < right,
            "<=" => left <= right,
            ">" => left > right,
            ">=" => left >= right,
            "==" => left == right,
            _ => left != right,
        };
    }
}

internal sealed record And(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override bool Evaluate(Func<string, double> value) => Left.Evaluate(value) && Right.Evaluate(value);
}

internal sealed record Or(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override bool Evaluate(Func<string, double> value) => Left.Evaluate(value) || Right.Evaluate(value);
}

internal sealed record Not(ConditionNode Inner) : ConditionNode
{
    public override bool Evaluate(Func<string, double> value) => !Inner.Evaluate(value);
}
