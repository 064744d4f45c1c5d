using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Faults;

/// <summary>
/// Tells, after a run failed at a tick, whether the system failed under it — an actor service went away or restarted
/// (it no longer holds the run), or the bus went down (events may be lost) — or an actor failed on its own (it stopped
/// answering, or answered wrongly, while its service and the bus stayed up). The first is recovered by replaying the
/// run from tick 0 once everything is back (the model is deterministic, so the replay gives the same result); the
/// second fails the run with the actor's sentence.
/// </summary>
public sealed class RunFaults(IActorCalls calls, BusWatch bus, IOptions<OrchestratorOptions> options, IOptions<ProcSimOptions> transport, TimeProvider time)
{
    // A well-formed run id no run ever has (RunIds.New draws random GUIDs): the probe of reachability only.
    private const string ProbeRunId = "run-00000000000000000000000000000000";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// What failed under the run, in a sentence, or null when every service of <paramref name="placement"/> still holds
    /// the run, the bus has not faulted since <paramref name="since"/>, and <paramref name="failure"/> is not a service
    /// found unreachable (gRPC Unavailable: a peer down a moment ago, or a circuit still open to one that came back).
    /// </summary>
    public async Task<string?> DiagnoseAsync(string runId, RunPlacement placement, DateTime since, Exception? failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var problems = new List<string>();
        if (Unavailable(failure))
        {
            problems.Add("a service could not reach another (Unavailable)");
        }

        foreach (var share in placement.Services)
        {
            var probe = await ProbeAsync(share, runId, cancellationToken).ConfigureAwait(false);
            if (probe.Reachable && !probe.Held)
            {
                problems.Add($"the {share.Service} service at {share.Address} no longer holds the run (it restarted)");
            }
            else if (!probe.Reachable)
            {
                problems.Add($"the {share.Service} service at {share.Address} does not answer ({probe.Problem})");
            }
        }

        if (bus.FaultedSince(since))
        {
            problems.Add(bus.Healthy ? "the connection to the broker dropped during the run" : "the broker is unreachable");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>
    /// Waits until every service of <paramref name="placement"/> answers and the bus is healthy, at most
    /// <see cref="OrchestratorOptions.RecoveryTimeoutSeconds"/>; then for one circuit-breaker break
    /// (<c>ProcSim:BreakerBreakSeconds</c>), so that the circuits the services opened to a peer that was down have
    /// let calls through again before the replay needs them.
    /// </summary>
    /// <exception cref="RunFailedException">Something was still down when the time was up; the sentence names it.</exception>
    public async Task WaitUntilUpAsync(RunPlacement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var limit = TimeSpan.FromSeconds(options.Value.RecoveryTimeoutSeconds);
        var deadline = time.GetUtcNow() + limit;
        while (true)
        {
            var down = new List<string>();
            foreach (var share in placement.Services)
            {
                var probe = await ProbeAsync(share, runId: null, cancellationToken).ConfigureAwait(false);
                if (!probe.Reachable)
                {
                    down.Add($"the {share.Service} service at {share.Address} ({probe.Problem})");
                }
            }

            if (!bus.Healthy)
            {
                down.Add("the broker");
            }

            if (down.Count == 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(transport.Value.BreakerBreakSeconds), time, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new RunFailedException(string.Create(CultureInfo.InvariantCulture,
                    $"{string.Join(" and ", down)} did not come back within {limit.TotalSeconds:0.#} s (Orchestrator:RecoveryTimeoutSeconds)."));
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Unavailable(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is RpcException { StatusCode: StatusCode.Unavailable })
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Probe> ProbeAsync(ServiceShare share, string? runId, CancellationToken cancellationToken)
    {
        try
        {
            // A service that answers with no run id is reachable; the run id (a well-formed one) asks whether it holds the run.
            var held = await calls.HoldsRunAsync(share.Address, runId ?? ProbeRunId, time.GetUtcNow().UtcDateTime + ProbeTimeout, cancellationToken)
                .ConfigureAwait(false);
            return new Probe(true, held, string.Empty);
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new Probe(false, false, e.StatusCode.ToString());
        }
    }

    private readonly record struct Probe(bool Reachable, bool Held, string Problem);
}
