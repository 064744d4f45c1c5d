using System.Text;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>A file with a great many problems answers the first 100 and one line counting the rest (issue 13, point 9).</summary>
public sealed class DiagnosticCapTests
{
    [Fact]
    public void A_megabyte_of_bad_lines_gives_the_first_100_problems_and_a_count_of_the_rest()
    {
        // The hostile probe of issue 13: 0.9 MB of one line repeated (a duplicate key each, after the first).
        var text = new StringBuilder();
        for (var i = 0; i < 180_000; i++) text.Append("k: 1\n");

        var d = ScenarioLoader.LoadText(text.ToString(), "pasted.yaml").Diagnostics;

        Assert.Equal(101, d.Count);
        Assert.All(d, x => Assert.True(x.Message.Length <= 500, x.Message));
        var last = d[^1];
        Assert.Matches(@"^scenario: \d+ more problems from here on are not shown \(only the first 100 found are listed\)", last.Message);
        Assert.True(last.Line > d[^2].Line, $"the count stands after the problems listed ({last.Line} after {d[^2].Line})");
    }
}
