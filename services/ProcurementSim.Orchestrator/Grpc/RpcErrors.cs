using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using ProcurementSim.Core.Loading;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>The errors of the public API: the right status, a sentence, and field details where a field is wrong.</summary>
public static class RpcErrors
{
    /// <summary>INVALID_ARGUMENT with one BadRequest field violation per diagnostic (field = <c>file:line:column</c>).</summary>
    /// <param name="file">The file.</param>
    /// <param name="diagnostics">The problems the loader listed.</param>
    /// <param name="count">How many problems there are (<see cref="LoadResult.ProblemCount"/>: the loader lists the first hundred).</param>
    public static RpcException InvalidScenario(string file, IReadOnlyList<Diagnostic> diagnostics, int count)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var problems = count == 1 ? "1 problem" : $"{count} problems";
        // The sentence counts; the details list (clients print them under it, as procsim does). The details travel in
        // a trailer, which clients limit (HttpClient: 64 KiB): past the first hundred, ValidateScenario lists them all.
        var shown = OrchestratorOptions.MaxFieldViolations;
        var more = diagnostics.Count > shown ? $" The first {shown} are listed; ValidateScenario returns them and counts the rest." : "";
        var listed = diagnostics.Take(shown).ToList();
        var typed = new ScenarioProblems();
        typed.Diagnostics.Add(listed.Select(d => new ScenarioDiagnostic { File = d.File, Line = d.Line, Column = d.Column, Message = Shorten(d.Message, 1000) }));
        return InvalidArgument(
            $"{file}: the scenario has {problems}.{more}",
            listed.Select(d => ($"{d.File}:{d.Line}:{d.Column}", Shorten(d.Message, 1000))),
            typed);
    }

    /// <summary>INVALID_ARGUMENT with field violations (and <paramref name="more"/> details, when given).</summary>
    public static RpcException InvalidArgument(string message, IEnumerable<(string Field, string Description)> violations, Google.Protobuf.IMessage? more = null)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.Add(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = message, Details = { Any.Pack(badRequest) } };
        if (more is not null)
        {
            status.Details.Add(Any.Pack(more));
        }

        return status.ToRpcException();
    }

    /// <summary>INVALID_ARGUMENT for a run id of the wrong shape; NOT_FOUND for a well-formed id nobody knows.</summary>
    public static RpcException UnknownRun(string runId) => RunIds.IsWellFormed(runId)
        ? new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, $"No run has the id '{runId}'; ListRuns shows the runs this orchestrator knows."))
        : InvalidArgument($"'{Shorten(runId, 80)}' is not a run id: a run id is {RunIds.Shape}.", [("run_id", $"expected {RunIds.Shape}")]);

    /// <summary>Text from a request, cut to <paramref name="max"/> characters so that an error never echoes a huge field.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..max] + $"… ({text.Length} characters)";
    }

    /// <summary>FAILED_PRECONDITION with a sentence.</summary>
    public static RpcException FailedPrecondition(string message) =>
        new(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));
}
