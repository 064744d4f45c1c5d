namespace ProcurementSim.Reporting.Charts;

/// <summary>The plotly.js bundle that Plotly.NET ships as a resource of its assembly (it inlines the same for <c>PlotlyJSReference.Full</c>).</summary>
internal static class PlotlyScript
{
    private static readonly Lazy<string> Bundle = new(Load);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Bundle.Value;

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET no longer ships '{name}'; the report cannot inline plotly.js.");
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        // Inlined in a <script> element, the bundle must not close it early.
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"'{name}' contains '</script' and cannot be inlined as is.");
        }

        return source;
    }
}
