using Google.Rpc;
using Grpc.Core;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Turns a failed call to the orchestrator into a sentence with its status: exit code 2 when the request was at fault
/// (InvalidArgument, NotFound), procsim was not let in (Unauthenticated: no key or a wrong one; a TLS certificate it
/// does not trust) or the address is not an orchestrator's (a gRPC server without the Orchestrator service, or no gRPC
/// at all), 1 otherwise; an orchestrator that cannot be reached gets a sentence of its own (exit code 3).
/// </summary>
internal static class RemoteErrors
{
    public static CommandFailedException From(RpcException e, string url, string refused)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Untrusted(e) is { } why)
        {
            return new CommandFailedException(
                $"{CliApp.Name}: cannot reach the orchestrator at {url}: its TLS certificate is not trusted ({why.TrimEnd('.')}); give the authority that signed it with --ca FILE or PROCSIM_CA.",
                ExitCodes.BadInput, e);
        }

        if (e.StatusCode == StatusCode.Unauthenticated)
        {
            return new CommandFailedException($"{CliApp.Name}: the orchestrator at {url} {refused} (Unauthenticated): {Sentence(e.Status.Detail)}", ExitCodes.BadInput, e);
        }

        if (e.StatusCode == StatusCode.Unimplemented)
        {
            return new CommandFailedException(
                $"{CliApp.Name}: {url} is not a ProcurementSim orchestrator: it speaks gRPC but does not serve procurementsim.v1.Orchestrator (an actor service's port? the orchestrator's gRPC port is 5100 in deploy/).",
                ExitCodes.BadInput, e);
        }

        if (NotGrpc(e))
        {
            return new CommandFailedException(
                $"{CliApp.Name}: {url} is not a ProcurementSim orchestrator: it does not answer gRPC over HTTP/2 (an HTTP/1.1 port, such as a service's /health port?); give the orchestrator's gRPC address.",
                ExitCodes.BadInput, e);
        }

        if (e.StatusCode == StatusCode.Unavailable)
        {
            return new CommandFailedException($"{CliApp.Name}: cannot reach the orchestrator at {url}: {Cause(e)}", ExitCodes.Unreachable, e);
        }

        var detail = Sentence(e.Status.Detail);
        var lines = new List<string> { $"{CliApp.Name}: the orchestrator at {url} {refused} ({e.StatusCode}): {detail}" };
        // The diagnostics of a scenario come as field violations (field = file:line:column); print those the sentence lacks.
        if (e.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest)
        {
            lines.AddRange(badRequest.FieldViolations
                .Where(v => !detail.Contains(v.Description, StringComparison.Ordinal))
                .Select(v => $"{v.Field}: {v.Description}"));
        }

        var exitCode = e.StatusCode is StatusCode.InvalidArgument or StatusCode.NotFound ? ExitCodes.BadInput : ExitCodes.InternalError;
        return new CommandFailedException(string.Join(Environment.NewLine, lines), exitCode, e);
    }

    // The status says "Error connecting to subchannel."; the socket error under it says why.
    private static string Cause(RpcException e)
    {
        var inner = e.Status.DebugException;
        while (inner?.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var why = inner?.Message ?? e.Status.Detail;
        return Sentence(string.IsNullOrWhiteSpace(why) ? e.Status.Detail : why);
    }

    // An HTTP/1.1-only server refuses HTTP/2 (HTTP_1_1_REQUIRED); another HTTP server answers with something not gRPC.
    private static bool NotGrpc(RpcException e)
    {
        if (e.StatusCode is not (StatusCode.Internal or StatusCode.Unknown or StatusCode.Unavailable))
        {
            return false;
        }

        for (var inner = e.Status.DebugException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Net.Http.HttpProtocolException { ErrorCode: 0xd })
            {
                return true;
            }
        }

        return e.StatusCode != StatusCode.Unavailable && e.Status.Detail.StartsWith("Bad gRPC response", StringComparison.Ordinal);
    }

    private static string? Untrusted(RpcException e)
    {
        for (var inner = e.Status.DebugException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Security.Authentication.AuthenticationException)
            {
                return inner.Message;
            }
        }

        return null;
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "no detail given." : trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
