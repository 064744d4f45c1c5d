using Google.Rpc;
using Grpc.Core;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Turns a failed call to the orchestrator into a sentence with its status: exit code 2 when the request was at fault
/// (InvalidArgument, NotFound) or procsim was not let in (Unauthenticated: no key or a wrong one; a TLS certificate it
/// does not trust), 1 otherwise; an orchestrator that cannot be reached gets a sentence of its own.
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
