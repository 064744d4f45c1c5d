namespace ProcurementSim.Core.Conditions;

/// <summary>A node of a parsed <see cref="ConditionExpression"/>.</summary>
internal abstract record ConditionNode
{
    /// <summary>Binding strength for rendering: or 1, and 2, not 3, a leaf 4.</summary>
    protected abstract int Precedence { get; }

    public abstract bool Evaluate(Func<string, double> value);

    public abstract void Visit(Action<ConditionNode> visit);

    public abstract ConditionNode Replace(string name, double number);

    protected abstract string RenderSelf();

    /// <summary>The text of the node, parenthesised when it binds less tightly than its context needs.</summary>
    public string Render(int context) => Precedence < context ? "(" + RenderSelf() + ")" : RenderSelf();
}

internal sealed record Comparison(string Name, string Operator, double Number, bool NumberFirst) : ConditionNode
{
    protected override int Precedence => 4;

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

    public override void Visit(Action<ConditionNode> visit) => visit(this);

    public override ConditionNode Replace(string name, double number) => Name == name ? this with { Number = number } : this;

    protected override string RenderSelf() => NumberFirst
        ? $"{ConditionExpression.Format(Number)} {Operator} {Name}"
        : $"{Name} {Operator} {ConditionExpression.Format(Number)}";
}

/// <summary>A flag standing alone: true when its value is not 0.</summary>
internal sealed record Flag(string Name) : ConditionNode
{
    protected override int Precedence => 4;

    public override bool Evaluate(Func<string, double> value) => value(Name) != 0;

    public override void Visit(Action<ConditionNode> visit) => visit(this);

    public override ConditionNode Replace(string name, double number) => this;

    protected override string RenderSelf() => Name;
}

internal sealed record And(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    protected override int Precedence => 2;

    public override bool Evaluate(Func<string, double> value) => Left.Evaluate(value) && Right.Evaluate(value);

    public override void Visit(Action<ConditionNode> visit)
    {
        Left.Visit(visit);
        Right.Visit(visit);
    }

    public override ConditionNode Replace(string name, double number) => new And(Left.Replace(name, number), Right.Replace(name, number));

    // Left-associative: a right operand of the same strength keeps its parentheses.
    protected override string RenderSelf() => $"{Left.Render(2)} and {Right.Render(3)}";
}

internal sealed record Or(ConditionNode Left, ConditionNode Right) : ConditionNode
{
    protected override int Precedence => 1;

    public override bool Evaluate(Func<string, double> value) => Left.Evaluate(value) || Right.Evaluate(value);

    public override void Visit(Action<ConditionNode> visit)
    {
        Left.Visit(visit);
        Right.Visit(visit);
    }

    public override ConditionNode Replace(string name, double number) => new Or(Left.Replace(name, number), Right.Replace(name, number));

    protected override string RenderSelf() => $"{Left.Render(1)} or {Right.Render(2)}";
}

internal sealed record Not(ConditionNode Inner) : ConditionNode
{
    protected override int Precedence => 3;

    public override bool Evaluate(Func<string, double> value) => !Inner.Evaluate(value);

    public override void Visit(Action<ConditionNode> visit) => Inner.Visit(visit);

    public override ConditionNode Replace(string name, double number) => new Not(Inner.Replace(name, number));

    protected override string RenderSelf() => $"not {Inner.Render(3)}";
}
