using Microsoft.Extensions.Options;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_loopback_free_ports_and_a_ten_second_deadline()
    {
        var options = new ProcSimOptions();

        Assert.Equal("127.0.0.1", options.BindAddress);
        Assert.Equal(0, options.GrpcPort);
        Assert.Equal(0, options.HttpPort);
        Assert.Equal(10, options.CallTimeoutSeconds);
        Assert.Equal(4, options.CallAttempts);
    }

    [Fact]
    public async Task A_bind_address_that_is_not_an_IP_fails_the_start_with_a_sentence()
    {
        var settings = new Dictionary<string, string?> { ["ProcSim:BindAddress"] = "everywhere" };

        // Kestrel reads the options while the app is built, so the validation fails there, before any port is bound.
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => ProbeHost.StartAsync(settings));

        Assert.Contains("ProcSim:BindAddress 'everywhere'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_resilience_settings_fail_the_start_naming_each_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ProcSim:CallTimeoutSeconds"] = "0",
            ["ProcSim:BreakerFailureRatio"] = "2",
        };

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => ProbeHost.StartAsync(settings));

        Assert.Contains("ProcSim:CallTimeoutSeconds", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ProcSim:BreakerFailureRatio", ex.Message, StringComparison.Ordinal);
    }
}
