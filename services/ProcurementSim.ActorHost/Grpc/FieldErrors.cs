using Google.Rpc;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>Collects a request's field problems, so one INVALID_ARGUMENT reports all of them.</summary>
public sealed class FieldErrors
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    /// <summary>Problems found so far.</summary>
    public int Count => _violations.Count;

    /// <summary>Records a problem with <paramref name="field"/> (a path such as <c>injects[2].index</c>).</summary>
    public void Add(string field, string description) =>
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    /// <summary>Records a problem unless <paramref name="ok"/>.</summary>
    public void Require(bool ok, string field, string description)
    {
        if (!ok) Add(field, description);
    }

    /// <summary>Throws INVALID_ARGUMENT naming every problem, when there is one.</summary>
    public void ThrowIfAny(string what)
    {
        if (_violations.Count == 0) return;
        var first = _violations[0];
        var more = _violations.Count > 1 ? $" (and {_violations.Count - 1} more)" : "";
        throw RpcErrors.InvalidArgument($"{what}: {first.Field} {first.Description}{more}", _violations);
    }
}
