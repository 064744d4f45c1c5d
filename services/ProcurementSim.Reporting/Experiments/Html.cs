using ProcurementSim.Reporting.Page;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Markup the experiment sections share.</summary>
internal static class Html
{
    public static string Encode(string text) => HtmlPage.Encode(text);

    public static string NumberCell(string text) => HtmlPage.NumberCell(text);

    /// <summary>The strategy's name after a square of its chart colour.</summary>
    public static string Strategy(ExperimentView view, string strategy) =>
        "<span class=\"strategy\"><span class=\"swatch\" style=\"background:" + view.Colors.Of(strategy) + "\"></span>"
        + Encode(strategy) + "</span>";

    /// <summary>A snake_case name encoded, with a line-break opportunity after each underscore (for narrow columns).</summary>
    public static string Breakable(string name) => Encode(name).Replace("_", "_<wbr>", StringComparison.Ordinal);

    /// <summary>Conditions as written, each in code, joined by commas.</summary>
    public static string Conditions(IEnumerable<string> conditions) =>
        string.Join(", ", conditions.Select(c => "<code>" + Encode(c) + "</code>"));
}
