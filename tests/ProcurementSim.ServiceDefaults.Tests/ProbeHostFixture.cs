namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>One probe host shared by the tests of a class.</summary>
public sealed class ProbeHostFixture : IAsyncLifetime
{
    private ProbeHost? host;

    public ProbeHost Host => host ?? throw new InvalidOperationException("The probe host has not started.");

    public async Task InitializeAsync() => host = await ProbeHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
