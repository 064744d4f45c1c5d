using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProcurementSim.ActorHost.Placement;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Messages;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// A replica takes a placement claim: it answers at once with its advertised address and holds the claim until the
/// run has ended here (MassTransit's in-memory test harness; the broker's competing consumers are the integration tests').
/// </summary>
public sealed class PlacementClaimConsumerTests
{
    private const string Address = "http://127.0.0.1:6110";

    private static ServiceProvider Provider(double initTimeoutSeconds = 60) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddSingleton(new ServiceIdentity("agency"))
        .AddSingleton<IHostApplicationLifetime, StartedLifetime>()
        .AddSingleton<KestrelEndpoints>()
        .AddSingleton<RunClaims>()
        .AddSingleton<ActorRuns>()
        .AddSingleton<AdvertisedAddress>()
        .Configure<ActorHostOptions>(o => (o.AdvertisedAddress, o.ClaimInitTimeoutSeconds) = (Address, initTimeoutSeconds))
        .AddMassTransitTestHarness(x =>
        {
            x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
            x.AddConsumer<PlacementClaimConsumer>();
        })
        .BuildServiceProvider(true);

    [Fact]
    public async Task The_claim_is_answered_with_the_advertised_address_and_held_until_the_run_is_forgotten()
    {
        await using var provider = Provider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var claims = provider.GetRequiredService<RunClaims>();
        var runs = provider.GetRequiredService<ActorRuns>();

        var granted = await harness.GetRequestClient<PlacementClaim>().GetResponse<PlacementGranted>(new PlacementClaim("run-1", "agency"));

        Assert.Equal(new PlacementGranted("run-1", "agency", Address), granted.Message);
        Assert.Equal(1, claims.Held);
        // The run comes and plays; the claim stays held all along.
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var strategy = file.Strategy("status_quo");
        runs.Init("run-1", new RunInputs(file.Yaml, file.Name, strategy.Name, 1, 0, new Dictionary<int, string>(), []), file.Scenario, strategy, [ActorIds.Agency]);
        await Task.Delay(300);
        Assert.Equal(1, claims.Held);

        runs.Forget("run-1");

        await Eventually(() => claims.Held == 0, "the claim was not let go after the run was forgotten");
        Assert.True(await harness.GetConsumerHarness<PlacementClaimConsumer>().Consumed.Any<PlacementClaim>());
        Assert.Equal((1L, 1), (claims.Granted, claims.Peak));
    }

    [Fact]
    public async Task A_claim_whose_run_never_comes_is_let_go_after_the_init_timeout()
    {
        await using var provider = Provider(initTimeoutSeconds: 0.4);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var claims = provider.GetRequiredService<RunClaims>();

        await harness.GetRequestClient<PlacementClaim>().GetResponse<PlacementGranted>(new PlacementClaim("run-never", "agency"));
        Assert.Equal(1, claims.Held);

        await Eventually(() => claims.Held == 0, "the claim of a run that never came was held past the init timeout");
        Assert.Equal(1L, claims.Granted);
    }

    [Fact]
    public async Task A_claim_for_another_service_is_refused_with_a_fault_naming_both_services()
    {
        await using var provider = Provider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        var e = await Assert.ThrowsAsync<RequestFaultException>(() =>
            harness.GetRequestClient<PlacementClaim>().GetResponse<PlacementGranted>(new PlacementClaim("run-2", "vendor")));

        Assert.Contains("The agency service received a placement claim for the vendor service", e.Fault!.Exceptions[0].Message, StringComparison.Ordinal);
        Assert.Equal(0L, provider.GetRequiredService<RunClaims>().Granted);
    }

    [Fact]
    public async Task A_late_claim_for_a_run_that_has_ended_here_is_acknowledged_unanswered_and_holds_no_room()
    {
        await using var provider = Provider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var claims = provider.GetRequiredService<RunClaims>();
        // The run ended here (its batch was cancelled: RunCompleted) before its claim came out of the queue.
        provider.GetRequiredService<ActorRuns>().Forget("run-gone");

        await Assert.ThrowsAsync<RequestTimeoutException>(() =>
            harness.Bus.CreateRequestClient<PlacementClaim>(RequestTimeout.After(s: 1)).GetResponse<PlacementGranted>(new PlacementClaim("run-gone", "agency")));

        Assert.True(await harness.GetConsumerHarness<PlacementClaimConsumer>().Consumed.Any<PlacementClaim>());
        Assert.Equal((0L, 0, 0), (claims.Granted, claims.Held, claims.Peak));
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(20);
        }
    }
}
