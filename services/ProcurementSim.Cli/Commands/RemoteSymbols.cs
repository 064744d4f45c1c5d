using System.CommandLine;
using ProcurementSim.Cli.Remote;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>--remote URL</c> with <c>--ca FILE</c> and <c>--api-key-file FILE</c>; the key comes from the file or from
/// PROCSIM_API_KEY (never from the command line, where other users of the machine could read it), the authorities
/// from the option or PROCSIM_CA.
/// </summary>
internal sealed class RemoteSymbols
{
    /// <summary>--remote URL.</summary>
    public Option<Uri?> Url { get; } = CommonSymbols.Remote();

    /// <summary>--ca FILE.</summary>
    public Option<string?> Ca { get; } = new("--ca")
    {
        Description = "With an https:// --remote: a PEM file of the certificate authorities to trust besides the system's. Default: PROCSIM_CA.",
        HelpName = "FILE",
    };

    /// <summary>--api-key-file FILE.</summary>
    public Option<string?> ApiKeyFile { get; } = new("--api-key-file")
    {
        Description = "A file holding the orchestrator's API key (sent as x-api-key). Default: the key in PROCSIM_API_KEY.",
        HelpName = "FILE",
    };

    /// <summary>The three options, to add to a command.</summary>
    public IEnumerable<Option> All => [Url, Ca, ApiKeyFile];

    /// <summary>The orchestrator to use, or null when <c>--remote</c> was not given.</summary>
    public RemoteTarget? Target(ParseResult parseResult, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(environment);
        if (parseResult.GetValue(Url) is not { } url)
        {
            return null;
        }

        var key = parseResult.GetValue(ApiKeyFile) is { } file ? ReadKey(file) : environment.ApiKey;
        return new RemoteTarget(url, string.IsNullOrEmpty(key) ? null : key, parseResult.GetValue(Ca) ?? environment.CaPath, environment.TraceParent);
    }

    private static string ReadKey(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{CliApp.Name}: --api-key-file '{file}' cannot be read: {e.Message}", e);
        }

        var key = text.Trim();
        return key.Length > 0 ? key : throw new UserInputException($"{CliApp.Name}: --api-key-file '{file}' is empty; put the orchestrator's API key in it.");
    }
}
