using System.Text;
using System.Text.RegularExpressions;
using ProcurementSim.Testing.Browser;

namespace ProcurementSim.Reporting.Tests.Experiments;

public class ExperimentReportBrowserTests
{
    // A policy that blocks every fetch (network, files, anything but the page's inline script and style and the
    // data: images Plotly draws with); each blocked request is recorded on the root element, which --dump-dom prints.
    // Code generation is allowed: the parallel coordinates draw with WebGL through regl, which compiles its draw calls
    // with new Function (no request).
    private const string Guard =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
        + "style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n"
        + "<script>document.addEventListener('securitypolicyviolation', function (e) { var r = document.documentElement; "
        + "r.setAttribute('data-blocked', (r.getAttribute('data-blocked') || '') + ' ' + e.violatedDirective + '=' + e.blockedURI); });</script>\n";

    [ChromiumFact]
    public void In_chromium_plotly_draws_every_figure_and_the_page_requests_nothing()
    {
        var html = ExperimentHtml.Of(SampleSummary.Build());
        var figures = ExperimentHtml.ChartDivIds(html);
        var file = Path.Combine(Path.GetTempPath(), $"procsim-experiment-report-{Environment.ProcessId}.html");
        var guarded = html.Replace("<head>\n", "<head>\n" + Guard, StringComparison.Ordinal);
        Assert.NotEqual(html, guarded);
        File.WriteAllText(file, guarded, new UTF8Encoding(false));
        try
        {
            var dom = HeadlessChromium.DumpDom(file);

            var root = Regex.Match(dom, "<html[^>]*>").Value;
            Assert.Equal("<html lang=\"en\">", root);
            // Plotly marks each div it has drawn with the class js-plotly-plot and puts its SVG inside.
            var drawn = Regex.Matches(dom, "<div id=\"([^\"]+)\" class=\"chart xchart js-plotly-plot\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(figures, drawn);
            Assert.True(Regex.Count(dom, "<svg class=\"main-svg\"") >= figures.Length);

            // The parallel coordinates drew with WebGL (no "no-webgl" notice) an axis per dimension of the strategy shown.
            var start = dom.IndexOf("<div id=\"exp-parcoords\"", StringComparison.Ordinal);
            Assert.True(start >= 0, "no parallel coordinates");
            var next = dom.IndexOf("<div id=\"exp-", start + 1, StringComparison.Ordinal);
            var parcoords = dom[start..(next < 0 ? dom.Length : next)];
            Assert.DoesNotContain("no-webgl", parcoords, StringComparison.Ordinal);
            var first = ExperimentHtml.Traces(html, "exp-parcoords")[0];
            Assert.Equal(
                first.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("label").GetString()),
                Regex.Matches(parcoords, "class=\"axis-title\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
