using Google.Rpc;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// Collects a request's field problems, so one INVALID_ARGUMENT reports them: all of them in its sentence's count, the
/// first <see cref="MaxViolations"/> as field violations (they travel in a trailer, which clients limit).
/// </summary>
public sealed class FieldErrors
{
    /// <summary>The most field violations one error carries.</summary>
    public const int MaxViolations = 100;

    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    /// <summary>Problems found so far (listed or not).</summary>
    public int Count { get; private set; }

    /// <summary>Records a problem with <paramref name="field"/> (a path such as <c>injects[2].index</c>).</summary>
    public void Add(string field, string description)
    {
        Count++;
        if (_violations.Count < MaxViolations)
        {
            _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = RpcErrors.Shorten(description, 1000) });
        }
    }

    /// <summary>Records a problem unless <paramref name="ok"/>.</summary>
    public void Require(bool ok, string field, string description)
    {
        if (!ok) Add(field, description);
    }

    /// <summary>Throws INVALID_ARGUMENT naming every problem, when there is one.</summary>
    public void ThrowIfAny(string what)
    {
        if (Count == 0) return;
        var first = _violations[0];
        var listed = Count > _violations.Count ? $"; the first {_violations.Count} are listed" : "";
        var more = Count > 1 ? $" (and {Count - 1} more{listed})" : "";
        throw RpcErrors.InvalidArgument($"{what}: {first.Field} {first.Description}{more}", _violations);
    }
}
