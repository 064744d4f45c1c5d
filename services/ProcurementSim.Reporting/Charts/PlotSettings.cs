using Plotly.NET;

namespace ProcurementSim.Reporting.Charts;

/// <summary>Layout and config shared by every figure (plotly.js attribute names).</summary>
internal static class PlotSettings
{
    /// <summary>Plotly's default colours without its red (the run report's threshold line; the experiment report's fail colour).</summary>
    public static readonly IReadOnlyList<string> Colorway =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>Fixed height, one hover box per week, legend below, room at the top for the event labels.</summary>
    public static Layout Layout()
    {
        var margin = new DynamicObj.DynamicObj();
        margin.SetProperty("t", 90);
        margin.SetProperty("r", 30);
        margin.SetProperty("b", 110);
        margin.SetProperty("l", 70);

        // The legend sits under the plot, so that every chart has the same plot width and their weeks line up.
        var legend = new DynamicObj.DynamicObj();
        legend.SetProperty("orientation", "h");
        legend.SetProperty("x", 0);
        legend.SetProperty("y", -0.25);
        legend.SetProperty("yanchor", "top");

        var layout = new Layout();
        layout.SetProperty("legend", legend);
        layout.SetProperty("height", 420);
        layout.SetProperty("margin", margin);
        layout.SetProperty("hovermode", "x unified");
        // Plotly's default colours without its red, which the threshold line uses.
        layout.SetProperty("colorway", Colorway);
        return layout;
    }

    /// <summary>Responsive width; no Plotly logo or cloud links (the page stays offline).</summary>
    public static Config Config()
    {
        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        config.SetProperty("showLink", false);
        config.SetProperty("showSendToCloud", false);
        config.SetProperty("showEditInChartStudio", false);
        return config;
    }
}
