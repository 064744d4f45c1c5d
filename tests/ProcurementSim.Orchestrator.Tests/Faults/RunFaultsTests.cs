using System.Net;
using Grpc.Core;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Faults;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Orchestrator.Tests.Faults;

/// <summary>
/// How the orchestrator tells a fault of the system under a run (a service gone, or restarted and without the run)
/// from an actor's own failure, and how long it waits for a service to come back.
/// </summary>
public sealed class RunFaultsTests(InProcessSystem system) : IClassFixture<InProcessSystem>
{
    private const string UnknownRun = "run-0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task A_run_no_service_holds_is_a_fault_of_every_service_that_lost_it()
    {
        var faults = system.OrchestratorServices.GetRequiredService<RunFaults>();

        var fault = await faults.DiagnoseAsync(UnknownRun, Placement(system.ActorAddresses), DateTime.UtcNow, null, CancellationToken.None);

        Assert.Equal(
            $"the Agency service at {system.ActorAddresses[0]} no longer holds the run (it restarted); " +
            $"the Vendor service at {system.ActorAddresses[1]} no longer holds the run (it restarted); " +
            $"the ReplacementVendor service at {system.ActorAddresses[2]} no longer holds the run (it restarted)",
            fault);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_named_as_a_fault_and_the_wait_for_it_ends_with_a_sentence()
    {
        var closed = ClosedPort();
        var placement = Placement([system.ActorAddresses[0], closed, system.ActorAddresses[2]]);
        var faults = new RunFaults(
            system.OrchestratorServices.GetRequiredService<IActorCalls>(),
            system.OrchestratorServices.GetRequiredService<BusWatch>(),
            Options.Create(new OrchestratorOptions { RecoveryTimeoutSeconds = 1 }),
            Options.Create(new ProcSimOptions { BreakerBreakSeconds = 0 }),
            TimeProvider.System);

        var fault = await faults.DiagnoseAsync(UnknownRun, placement, DateTime.UtcNow, null, CancellationToken.None);
        var wait = await Assert.ThrowsAsync<RunFailedException>(() => faults.WaitUntilUpAsync(placement, CancellationToken.None));

        Assert.Contains($"the Vendor service at {closed} does not answer (Unavailable)", fault, StringComparison.Ordinal);
        Assert.Equal($"the Vendor service at {closed} (Unavailable) did not come back within 1 s (Orchestrator:RecoveryTimeoutSeconds).", wait.Message);
    }

    [Fact]
    public async Task Services_that_answer_and_a_healthy_bus_end_the_wait_after_one_circuit_breaker_break()
    {
        var faults = new RunFaults(
            system.OrchestratorServices.GetRequiredService<IActorCalls>(),
            system.OrchestratorServices.GetRequiredService<BusWatch>(),
            Options.Create(new OrchestratorOptions()),
            Options.Create(new ProcSimOptions { BreakerBreakSeconds = 0.5 }),
            TimeProvider.System);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await faults.WaitUntilUpAsync(Placement(system.ActorAddresses), CancellationToken.None);

        // The services' circuits to a peer that was down need one break to let calls through again.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(30));
        Assert.True(system.OrchestratorServices.GetRequiredService<BusWatch>().Healthy);
    }

    [Fact]
    public async Task A_tick_that_failed_on_an_unreachable_peer_is_a_fault_even_when_every_service_holds_the_run_again()
    {
        var faults = system.OrchestratorServices.GetRequiredService<RunFaults>();
        var failure = new RunFailedException("Tick 8: the agency (actor 1) did not play the tick.",
            new RpcException(new Status(StatusCode.Unavailable, "the circuit to the vendor is open")));

        var withUnavailable = await faults.DiagnoseAsync(UnknownRun, Placement(system.ActorAddresses), DateTime.UtcNow, failure, CancellationToken.None);
        var withDeadline = await faults.DiagnoseAsync(UnknownRun, Placement(system.ActorAddresses), DateTime.UtcNow,
            new RunFailedException("Tick 5: stuck.", new RpcException(new Status(StatusCode.DeadlineExceeded, "late"))), CancellationToken.None);

        Assert.StartsWith("a service could not reach another (Unavailable); ", withUnavailable, StringComparison.Ordinal);
        Assert.DoesNotContain("Unavailable)", withDeadline!, StringComparison.Ordinal);
    }

    private static RunPlacement Placement(IReadOnlyList<string> addresses) =>
        RunPlacement.Of(
            [(ActorService.Agency, [1]), (ActorService.Vendor, [2]), (ActorService.ReplacementVendor, [3, 4])],
            service => addresses[(int)service]);

    // A loopback port nothing listens on: connections are refused at once.
    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
