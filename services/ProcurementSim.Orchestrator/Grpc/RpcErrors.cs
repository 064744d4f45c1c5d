using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Core.Scenarios.Loading;
using ProcurementSim.Orchestrator.Runs;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>The errors of the public API: the right status, a sentence, and field details where a field is wrong.</summary>
public static class RpcErrors
{
    /// <summary>INVALID_ARGUMENT with one BadRequest field violation per diagnostic (field = <c>file:line:column</c>).</summary>
    public static RpcException InvalidScenario(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var problems = diagnostics.Count == 1 ? "1 problem" : $"{diagnostics.Count} problems";
        // The sentence counts; the details list (clients print them under it, as procsim does).
        return InvalidArgument(
            $"{file}: the scenario has {problems}.",
            diagnostics.Select(d => ($"{d.File}:{d.Line}:{d.Column}", d.Message)));
    }

    /// <summary>INVALID_ARGUMENT with field violations.</summary>
    public static RpcException InvalidArgument(string message, IEnumerable<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = message, Details = { Any.Pack(badRequest) } };
        return status.ToRpcException();
    }

    /// <summary>INVALID_ARGUMENT for a run id of the wrong shape; NOT_FOUND for a well-formed id nobody knows.</summary>
    public static RpcException UnknownRun(string runId) => RunIds.IsWellFormed(runId)
        ? new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, $"No run has the id '{runId}'; ListRuns shows the runs this orchestrator knows."))
        : InvalidArgument($"'{runId}' is not a run id: a run id is {RunIds.Shape}.", [("run_id", $"expected {RunIds.Shape}")]);

    /// <summary>FAILED_PRECONDITION with a sentence.</summary>
    public static RpcException FailedPrecondition(string message) =>
        new(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));
}
