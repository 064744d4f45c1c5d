using Grpc.Core;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Events;
using ProcurementSim.Orchestrator.Mapping;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// The orchestrator's side of the distributed tick protocol for one run: creates the actors on their services, then
/// per tick fires the injects, has every actor play the tick (in parallel), waits for the events they published to
/// arrive over the bus, and records the tick with the same <see cref="RunRecorder"/> the embedded engine uses — so the
/// result is the embedded result, byte for byte. Any actor call that fails after its retries, or a tick whose events
/// do not all arrive in time, fails the run with a sentence naming the actor and the tick. The run's scenario and
/// strategy are those of its <see cref="RunSpec"/> (an experiment's sampled ones), and so is its run index.
/// </summary>
public sealed class DistributedRun(RunSpec run, RunPlacement placement, IActorCalls calls, RunEventBuffer events, OrchestratorOptions options)
{
    private readonly int[] _actors = [ActorIds.Agency, .. Enumerable.Range(0, run.Scenario.Vendors.Count).Select(ActorIds.Vendor)];

    /// <summary>Creates the actors, plays every tick and returns the scored result.</summary>
    /// <param name="recordTimeline">Keep the timeline (a single run's files); an experiment's runs do without.</param>
    /// <param name="recordCapability">Keep the weekly mission capability without the timeline.</param>
    /// <param name="onTick">Told of every tick recorded (needs the timeline), or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="RunFailedException">An actor or the bus failed the run.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<RunResult> PlayAsync(bool recordTimeline, bool recordCapability, Action<TickProgress>? onTick, CancellationToken cancellationToken)
    {
        var scenario = run.Scenario;
        await InitAsync(cancellationToken).ConfigureAwait(false);

        var recorder = new RunRecorder(scenario, run.Strategy, run.Seed, recordTimeline || onTick is not null, recordCapability);
        var injects = new InjectSchedule(scenario, run.Seed, run.RunIndex);
        var expected = new Dictionary<int, Dictionary<int, int>>();
        for (var t = 0; t < scenario.Ticks; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var activity = Telemetry.Source.StartActivity("tick");
            activity?.SetTag("procsim.run_id", run.Id);
            activity?.SetTag("procsim.tick", t);

            var fired = injects.Fire(t);
            var responses = await InOrder.WhenAll(_actors.Select(a => AdvanceAsync(a, t, fired, expected, cancellationToken))).ConfigureAwait(false);
            expected = ExpectedNext(responses);
            await AwaitEventsAsync(t, responses, cancellationToken).ConfigureAwait(false);

            var eventsByActor = new IReadOnlyList<SimEvent>[2 + scenario.Vendors.Count];
            eventsByActor[ActorIds.Orchestrator] = [.. fired.Select(f => f.Event)];
            foreach (var a in _actors)
            {
                eventsByActor[a] = BusEvents.ToSimEvents(events.Take(run.Id, t, a));
            }

            var (agency, vendors) = Reports(t, responses);
            recorder.Record(t, agency, vendors, eventsByActor);
            if (onTick is not null)
            {
                var keyEvents = eventsByActor.SelectMany(e => e).Where(e => e.Key).Select(e => e.Detail).ToList();
                onTick(new TickProgress(t, recorder.LastTick!, keyEvents, t == scenario.Ticks - 1, eventsByActor));
            }
        }

        return scenario.Ticks > 0 ? recorder.Result() : throw new RunFailedException("The scenario has no tick to play.");
    }

    /// <summary>Releases the run on every service it used; best effort (a run's state is also dropped on RunCompleted).</summary>
    public async Task<IReadOnlyList<string>> EndAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var problems = await Task.WhenAll(placement.Services.Select(async share =>
        {
            try
            {
                await calls.EndRunAsync(share.Address, run.Id, deadline).ConfigureAwait(false);
                return null;
            }
            catch (RpcException e)
            {
                return $"EndRun on the {share.Service} service at {share.Address} failed: {Describe(e)}.";
            }
        })).ConfigureAwait(false);
        return [.. problems.OfType<string>()];
    }

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        // An InitRun is not cut short when the run is cancelled: a service may still act on a call its caller gave up,
        // after that caller's EndRun, and then hold a run nobody ends. Waiting for every answer (at most the clean-up
        // timeout) puts EndRun after it; the cancellation is honoured as soon as the answers are in.
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(options.CleanupTimeoutSeconds));
        await InOrder.WhenAll(placement.Services.Select(async share =>
        {
            var init = new RunInit(
                run.Id, run.ScenarioYaml, run.ScenarioFile, run.Strategy.Name, run.Seed, run.RunIndex, run.Overrides, share.ActorIds, placement.Peers);
            try
            {
                await calls.InitRunAsync(share.Address, init, bounded.Token).ConfigureAwait(false);
            }
            catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new RunFailedException($"Before tick 0: InitRun on the {share.Service} service at {share.Address} failed: {Describe(e)}.", e);
            }
        })).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<TickAnswer> AdvanceAsync(
        int actor, int tick, IReadOnlyList<FiredInject> fired, Dictionary<int, Dictionary<int, int>> expected, CancellationToken cancellationToken)
    {
        var call = new TickCall(run.Id, actor, tick, [.. fired.Where(f => f.Recipients.Contains(actor))],
            expected.TryGetValue(actor, out var senders) ? senders : new Dictionary<int, int>(), run.Scenario.Categories.Count);
        var address = placement.AddressOf(actor);
        try
        {
            // Longer than the actor's own wait for late messages, so its sentence naming the missing sender comes back.
            var deadline = DateTime.UtcNow.AddSeconds(options.TickCallTimeoutSeconds);
            var response = await calls.AdvanceTickAsync(address, call, deadline, cancellationToken).ConfigureAwait(false);
            if (response.ActorId != actor || response.Tick != tick)
            {
                throw Fail(tick, actor, $"answered for actor {response.ActorId} and tick {response.Tick} instead");
            }

            return response;
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested && e.StatusCode == StatusCode.DeadlineExceeded)
        {
            throw Fail(tick, actor, $"at {address} did not answer within {options.TickCallTimeoutSeconds} s (Orchestrator:TickCallTimeoutSeconds): {Describe(e)}", e);
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(tick, actor, $"at {address} did not play the tick: {Describe(e)}", e);
        }
    }

    private static Dictionary<int, Dictionary<int, int>> ExpectedNext(TickAnswer[] responses)
    {
        var next = new Dictionary<int, Dictionary<int, int>>();
        foreach (var r in responses)
        {
            foreach (var (to, count) in r.MessagesSent)
            {
                if (!next.TryGetValue(to, out var senders))
                {
                    next[to] = senders = [];
                }

                senders[r.ActorId] = count;
            }
        }

        return next;
    }

    private async Task AwaitEventsAsync(int tick, TickAnswer[] responses, CancellationToken cancellationToken)
    {
        // Most ticks publish nothing, and the bus has often delivered the rest already: no timer for a wait that will not happen.
        if (responses.All(r => r.EventsPublished == 0 || events.Count(run.Id, tick, r.ActorId) >= r.EventsPublished)) return;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.EventBarrierTimeoutSeconds));
        try
        {
            await Task.WhenAll(responses.Where(r => r.EventsPublished > 0)
                .Select(r => events.WaitForAsync(run.Id, tick, r.ActorId, r.EventsPublished, timeout.Token))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var late = responses.First(r => events.Count(run.Id, tick, r.ActorId) < r.EventsPublished);
            var published = late.EventsPublished == 1 ? "1 event" : $"{late.EventsPublished} events";
            throw Fail(tick, late.ActorId,
                $"published {published}, but the bus delivered {events.Count(run.Id, tick, late.ActorId)} of them within {options.EventBarrierTimeoutSeconds} s");
        }
    }

    private (AgencyTickReport Agency, VendorTickReport[] Vendors) Reports(int tick, TickAnswer[] responses)
    {
        AgencyTickReport? agency = null;
        var vendors = new VendorTickReport[run.Scenario.Vendors.Count];
        foreach (var r in responses)
        {
            if (r.UnreadableReport is { } e)
            {
                throw Fail(tick, r.ActorId, "sent a report the orchestrator cannot read: " + e.Message, e);
            }

            if (r.ActorId == ActorIds.Agency)
            {
                agency = r.Agency;
            }
            else if (r.Vendor is { } vendor)
            {
                vendors[ActorIds.VendorIndex(r.ActorId)] = vendor;
            }
        }

        if (agency is null)
        {
            throw Fail(tick, ActorIds.Agency, "answered without an agency report");
        }

        var missing = Array.IndexOf(vendors, null);
        return missing >= 0 ? throw Fail(tick, ActorIds.Vendor(missing), "answered without a vendor report") : (agency, vendors);
    }

    private RunFailedException Fail(int tick, int actor, string what, Exception? inner = null) =>
        new($"Tick {tick}: {ActorNames.Of(run.Scenario, actor)} {what}.", inner);

    private static string Describe(RpcException e) =>
        string.IsNullOrWhiteSpace(e.Status.Detail) ? e.StatusCode.ToString() : $"{e.StatusCode} ({e.Status.Detail.Trim().TrimEnd('.')})";
}
