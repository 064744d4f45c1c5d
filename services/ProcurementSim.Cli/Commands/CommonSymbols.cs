using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ProcurementSim.Cli.Commands;

/// <summary>Arguments and options that several commands share (and that compare and sweep will share).</summary>
internal static class CommonSymbols
{
    /// <summary>The one scenario file a command reads.</summary>
    public static Argument<string> ScenarioFile() => new("FILE")
    {
        Description = "The scenario file (YAML; see scenarios/ for examples).",
    };

    /// <summary>--strategy NAME.</summary>
    public static Option<string?> Strategy() => new("--strategy", "-s")
    {
        Description = "The scenario's strategy to play, by name. Default: the first strategy listed in the file.",
        HelpName = "NAME",
    };

    /// <summary>--seed N: a whole number from 0 to 2^64-1.</summary>
    public static Option<ulong?> Seed() => new("--seed")
    {
        Description = "The random seed, a whole number from 0 to 18446744073709551615. Default: the scenario's seed.",
        HelpName = "N",
        CustomParser = ParseSeed,
    };

    /// <summary>--remote URL: play or check on an orchestrator rather than in this process.</summary>
    public static Option<Uri?> Remote() => new("--remote")
    {
        Description = "Use the orchestrator at URL (e.g. http://127.0.0.1:5100) instead of running in this process.",
        HelpName = "URL",
        CustomParser = ParseRemote,
    };

    private static Uri? ParseRemote(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
        {
            return uri;
        }

        result.AddError($"--remote expects the orchestrator's address, such as http://127.0.0.1:5100; '{text}' is not one.");
        return null;
    }

    private static ulong? ParseSeed(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        result.AddError($"--seed expects a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}; '{text}' is not one.");
        return null;
    }
}
