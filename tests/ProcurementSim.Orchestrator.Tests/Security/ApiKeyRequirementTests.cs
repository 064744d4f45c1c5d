using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Security;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Orchestrator.Tests.Security;

/// <summary>When the orchestrator insists on an API key before it starts.</summary>
public sealed class ApiKeyRequirementTests
{
    [Theory]
    [InlineData("127.0.0.1", null, null, true)]       // loopback: the key is optional
    [InlineData("::1", null, null, true)]
    [InlineData("0.0.0.0", null, null, false)]        // beyond loopback: required by default
    [InlineData("10.1.2.3", null, null, false)]
    [InlineData("0.0.0.0", null, false, true)]        // ... unless switched off on purpose
    [InlineData("127.0.0.1", null, true, false)]      // required on loopback when asked for
    [InlineData("0.0.0.0", "0123456789abcdef", null, true)]   // 16 characters: the shortest accepted
    [InlineData("0.0.0.0", "0123456789abcde", null, false)]   // 15: too short
    [InlineData("127.0.0.1", " 0123456789abcdef", null, false)] // a space at an end (a copy-paste slip)
    public void The_key_is_required_beyond_loopback_and_must_be_long_enough(string bindAddress, string? key, bool? require, bool starts)
    {
        var requirement = new ApiKeyRequirement(Options.Create(new ProcSimOptions { BindAddress = bindAddress }));

        var result = requirement.Validate(null, new OrchestratorOptions { ApiKey = key, RequireApiKey = require });

        Assert.Equal(starts, result.Succeeded);
    }

    [Fact]
    public async Task An_orchestrator_listening_on_all_addresses_without_a_key_refuses_to_start_with_a_sentence()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHosts.StartOrchestratorAsync(
            "http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3",
            new Dictionary<string, string?> { ["ProcSim:BindAddress"] = "0.0.0.0" }));

        Assert.Contains(
            "The orchestrator listens on 0.0.0.0, beyond this machine, and Orchestrator:ApiKey is not set: set it from a secret (env Orchestrator__ApiKey)",
            e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_never_appears_in_the_start_failure()
    {
        const string key = "short-secret";
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceHosts.StartOrchestratorAsync(
            "http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3",
            new Dictionary<string, string?> { ["Orchestrator:ApiKey"] = key }));

        Assert.Contains("Orchestrator:ApiKey has 12 characters", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, e.Message, StringComparison.Ordinal);
    }
}
