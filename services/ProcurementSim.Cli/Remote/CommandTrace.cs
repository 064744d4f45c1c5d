using System.Diagnostics;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// The W3C trace context (https://www.w3.org/TR/trace-context/) of a <c>--remote</c> command: every call carries it as
/// <c>traceparent</c> metadata, so the command and the run or batch it starts are one trace in the services'
/// telemetry. It continues the <c>TRACEPARENT</c> environment variable when that holds a valid context (a script or CI
/// job that traces itself), and is a new sampled trace otherwise; its span id is this command's own. It is also the
/// current activity while the command talks to the orchestrator, so that any instrumentation of the HTTP or gRPC
/// client (none in procsim itself, which exports nothing) propagates inside the same trace.
/// </summary>
internal sealed class CommandTrace : IDisposable
{
    private readonly Activity _activity;

    private CommandTrace(Activity activity) => _activity = activity;

    /// <summary>The metadata key (lower case, as gRPC requires).</summary>
    public const string Header = "traceparent";

    /// <summary>The trace the command's calls belong to.</summary>
    public ActivityTraceId TraceId => _activity.TraceId;

    /// <summary><c>00-TRACEID-SPANID-FLAGS</c>, with this command's span id.</summary>
    public string TraceParent => _activity.Id!;

    /// <summary>Starts the command's span, in the trace <paramref name="parent"/> names (a <c>traceparent</c> value) or in a new one.</summary>
    public static CommandTrace Start(string? parent)
    {
        var activity = new Activity("procsim --remote");
        activity.SetIdFormat(ActivityIdFormat.W3C);
        if (parent is not null && ActivityContext.TryParse(parent.Trim(), traceState: null, out var context) && context.TraceId != default)
        {
            activity.SetParentId(context.TraceId, context.SpanId, context.TraceFlags);
        }
        else
        {
            activity.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        }

        return new CommandTrace(activity.Start());
    }

    /// <summary>Ends the span (the current activity again what it was before it).</summary>
    public void Dispose() => _activity.Stop();
}
