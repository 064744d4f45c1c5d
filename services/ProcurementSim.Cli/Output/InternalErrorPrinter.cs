namespace ProcurementSim.Cli.Output;

/// <summary>Reports an unexpected exception as one sentence; the stack trace only on request (PROCSIM_DEBUG=1).</summary>
internal static class InternalErrorPrinter
{
    public static void Print(Exception exception, TextWriter error, bool showStackTrace)
    {
        var message = exception.Message.Trim().TrimEnd('.');
        error.WriteLine($"{CliApp.Name}: internal error: {message} (this is a bug; please report the command you ran)");
        if (showStackTrace)
        {
            error.WriteLine(exception.ToString());
        }
    }
}
