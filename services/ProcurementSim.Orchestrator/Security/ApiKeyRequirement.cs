using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Security;

/// <summary>
/// At start: an orchestrator that listens beyond loopback refuses to start without an API key (unless
/// <c>Orchestrator:RequireApiKey=false</c> says so), and a key that is given must be long enough to resist guessing.
/// </summary>
internal sealed class ApiKeyRequirement(IOptions<ProcSimOptions> hosting) : IValidateOptions<OrchestratorOptions>
{
    /// <summary>The shortest key accepted.</summary>
    public const int MinimumLength = 16;

    public ValidateOptionsResult Validate(string? name, OrchestratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.ApiKey;
        if (!string.IsNullOrEmpty(key))
        {
            return key.Length >= MinimumLength && key.Trim().Length == key.Length
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Orchestrator:ApiKey has {key.Length} characters or spaces at its ends; give at least {MinimumLength} characters without surrounding spaces (e.g. from `openssl rand -hex 32`).");
        }

        var exposed = !hosting.Value.ListensOnLoopbackOnly;
        var required = options.RequireApiKey ?? exposed;
        if (!required)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(exposed
            ? $"The orchestrator listens on {hosting.Value.BindAddress}, beyond this machine, and Orchestrator:ApiKey is not set: set it from a secret (env Orchestrator__ApiKey) so that only holders of the key can start runs and read results, or set Orchestrator:RequireApiKey=false to run it open on purpose."
            : "Orchestrator:RequireApiKey is true but Orchestrator:ApiKey is not set: set it from a secret (env Orchestrator__ApiKey).");
    }
}
