using ProcurementSim.Cli.Output;

namespace ProcurementSim.Cli.Tests.Output;

public sealed class InternalErrorPrinterTests
{
    private static Exception Thrown()
    {
        try
        {
            throw new InvalidOperationException("the engine lost a vendor.");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    [Fact]
    public void An_internal_error_is_one_sentence_without_a_stack_trace()
    {
        using var error = new StringWriter();

        InternalErrorPrinter.Print(Thrown(), error, showStackTrace: false);

        Assert.Equal(
            "procsim: internal error: the engine lost a vendor (this is a bug; please report the command you ran)" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void The_stack_trace_is_shown_when_asked_for()
    {
        using var error = new StringWriter();

        InternalErrorPrinter.Print(Thrown(), error, showStackTrace: true);

        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
