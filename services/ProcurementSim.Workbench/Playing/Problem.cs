using ProcurementSim.Core.Loading;

namespace ProcurementSim.Workbench.Playing;

/// <summary>A problem of the scenario as <c>procsim validate</c> says it, with its line, column and field apart for the page.</summary>
internal sealed record Problem(int Line, int Column, string Field, string Message, string Text)
{
    public static Problem From(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        // The loader's messages start with the field's path ("vendors[1].quality: expected ..."), as the CLI prints them.
        var colon = d.Message.IndexOf(": ", StringComparison.Ordinal);
        var field = colon > 0 && !d.Message[..colon].Contains(' ', StringComparison.Ordinal) ? d.Message[..colon] : "";
        return new(d.Line, d.Column, field, d.Message, d.ToString());
    }
}
