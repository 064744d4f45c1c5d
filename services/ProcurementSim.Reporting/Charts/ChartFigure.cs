using Plotly.NET;

namespace ProcurementSim.Reporting.Charts;

/// <summary>A Plotly figure ready for the page: the div's fixed id and the figure as JSON safe inside a script.</summary>
internal sealed record ChartFigure(string Id, string FigureJson)
{
    private static readonly AsyncLocal<Func<GenericChart, string>?> SerialiserOverride = new();

    /// <summary>
    /// The serialiser this flow of execution uses instead of <see cref="Charts.FigureJson.Of"/>, or null: lets a test render
    /// the same report through Plotly.NET's own <see cref="GenericChart.toJson"/> and compare the bytes.
    /// </summary>
    public static Func<GenericChart, string>? Serialiser
    {
        get => SerialiserOverride.Value;
        set => SerialiserOverride.Value = value;
    }

    /// <summary>The figure of a finished chart (layout and config applied), serialised as Plotly.NET would and made safe for a script.</summary>
    public static ChartFigure From(string id, GenericChart chart) =>
        new(id, ScriptJson.Escape((Serialiser ?? Charts.FigureJson.Of)(chart)));
}
