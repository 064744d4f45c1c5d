using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>
/// Each file in Loading/Broken holds one kind of mistake and starts with <c># expect: LINE:COL: text</c> lines,
/// worked out by hand from where the offending node sits in that file.
/// </summary>
public sealed class BrokenFileTests
{
    internal static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Loading", "Broken");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_broken_file_is_refused_with_each_expected_diagnostic_at_its_position(string file)
    {
        var path = Path.Combine(Folder, file);
        var expected = BrokenExpectation.Parse(File.ReadLines(path));
        Assert.NotEmpty(expected);

        var result = ScenarioLoader.LoadFile(path);

        var actual = string.Join(Environment.NewLine, result.Diagnostics);
        Assert.Null(result.Scenario);
        foreach (var e in expected)
        {
            Assert.True(
                result.Diagnostics.Any(d => d.Line == e.Line && d.Column == e.Column && d.Message.Contains(e.Text, StringComparison.Ordinal)),
                $"expected {e}{Environment.NewLine}got:{Environment.NewLine}{actual}");
        }
        // No follow-on noise: every diagnostic is one the file expects.
        foreach (var d in result.Diagnostics)
        {
            Assert.True(
                expected.Any(e => d.Line == e.Line && d.Column == e.Column && d.Message.Contains(e.Text, StringComparison.Ordinal)),
                $"unexpected {d}");
            Assert.Equal(path, d.File);
        }
    }

    [Fact]
    public void The_broken_corpus_covers_at_least_thirty_mistakes() =>
        Assert.True(Directory.GetFiles(Folder, "*.yaml").Length >= 30);
}
