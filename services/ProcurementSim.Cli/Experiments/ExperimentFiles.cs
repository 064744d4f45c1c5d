using System.Globalization;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Experiments;

/// <summary>Where an experiment's files go, and the streams runs.csv and runs.parquet are written to as runs finish.</summary>
internal static class ExperimentFiles
{
    /// <summary><c>results/&lt;scenario&gt;/compare-seed&lt;seed&gt;</c> or <c>results/&lt;scenario&gt;/sweep-&lt;design&gt;-seed&lt;seed&gt;</c>.</summary>
    public static string DefaultDirectory(ExperimentOptions options, ExperimentPlan plan) =>
        Path.Combine("results", plan.Scenario.Name, options.IsSweep
            ? string.Create(CultureInfo.InvariantCulture, $"sweep-{plan.DesignName}-seed{plan.Request.Seed}")
            : string.Create(CultureInfo.InvariantCulture, $"compare-seed{plan.Request.Seed}"));

    /// <summary>Creates (or replaces) a file for streaming, creating the directory.</summary>
    /// <exception cref="UserInputException">The directory or the file cannot be written.</exception>
    public static FileStream Create(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        try
        {
            Directory.CreateDirectory(directory);
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"{CliApp.Name}: cannot write '{path}': {e.Message}", e);
        }
    }
}
