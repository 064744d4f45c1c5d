using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Support;

/// <summary>
/// teaching-minimal.yaml with two mistakes a planner makes: a misspelt top-level key and a probability above 1.
/// The expected positions are found in the text itself, so the test does not depend on the file's layout.
/// </summary>
internal sealed class BrokenScenario
{
    private const string TypoKey = "reveiw_overhead";
    private const string BadProbability = "accreditation_failure_probability: 1.5";

    private BrokenScenario(string path, string[] lines)
    {
        Path = path;
        var typoLine = Array.FindIndex(lines, l => l.StartsWith(TypoKey, StringComparison.Ordinal));
        var probabilityLine = Array.FindIndex(lines, l => l.Contains(BadProbability, StringComparison.Ordinal));
        TypoPosition = $"{path}:{typoLine + 1}:1:";
        ProbabilityPosition = $"{path}:{probabilityLine + 1}:{lines[probabilityLine].IndexOf("1.5", StringComparison.Ordinal) + 1}:";
    }

    public string Path { get; }

    /// <summary><c>file:line:column:</c> of the misspelt key.</summary>
    public string TypoPosition { get; }

    /// <summary><c>file:line:column:</c> of the out-of-range value.</summary>
    public string ProbabilityPosition { get; }

    public static BrokenScenario WriteTo(TempDirectory directory)
    {
        var text = File.ReadAllText(ReferenceScenarios.TeachingMinimalPath)
            .Replace("\nreview_overhead:", "\n" + TypoKey + ":", StringComparison.Ordinal)
            .Replace("accreditation_failure_probability: 0\n", BadProbability + "\n", StringComparison.Ordinal);
        Assert.Contains(TypoKey, text);
        Assert.Contains(BadProbability, text);
        var path = directory.File("broken.yaml");
        File.WriteAllText(path, text);
        return new BrokenScenario(path, text.Split('\n'));
    }
}
