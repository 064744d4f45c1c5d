using Google.Protobuf.Collections;
using Grpc.Core;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>
/// A minimal orchestrator driving one run over the actor services exactly as the distributed tick protocol says:
/// InitRun on each service, then per tick AdvanceTick on every actor in parallel with its injects and announced
/// counts, the events from the bus, and the Core's <see cref="RunRecorder"/>.
/// </summary>
public sealed class DistributedRun(ActorServices services, ScenarioFile file, StrategySpec strategy, ulong seed)
{
    private readonly Scenario _s = file.Scenario;
    private readonly InjectSchedule _injects = new(file.Scenario, seed, 0);
    private readonly RunRecorder _recorder = new(file.Scenario, strategy, seed, recordTimeline: true);
    private Dictionary<int, Dictionary<int, int>> _announced = [];

    public string RunId { get; } = "run-" + Guid.NewGuid().ToString("N");

    /// <summary>Extra AdvanceTick calls per actor and tick (a retrying orchestrator): one alongside the first, the rest after.</summary>
    public int Retries { get; init; }

    /// <summary>Where the run's peers reach an actor, when not at its service's own address (through a <see cref="TcpGate"/>, say).</summary>
    public Func<int, string?> PeerAddress { get; init; } = _ => null;

    /// <summary>Called when an AdvanceTick fails; true retries the call after a pause (what a retrying orchestrator does).</summary>
    public Func<int, int, RpcException, bool> OnFailure { get; init; } = (_, _, _) => false;

    /// <summary>Plays a tick on the service of an actor instead of its unary AdvanceTick (a tick stream, say), or null.</summary>
    public Func<ServiceHost, AdvanceTickRequest, Task<AdvanceTickResponse>>? Advance { get; init; }

    /// <summary>Every response to every AdvanceTick call, retries included, by (actor, tick).</summary>
    public List<(int Actor, int Tick, AdvanceTickResponse Response)> Responses { get; } = [];

    public ServiceHost HostOf(int actorId) =>
        actorId == ActorIds.Agency ? services.Agency
        : _s.Vendors[ActorIds.VendorIndex(actorId)].Role == VendorRole.Incumbent ? services.Vendor
        : services.Replacement;

    private IEnumerable<int> ActorIdsOfRun => Enumerable.Range(1, 1 + _s.Vendors.Count);

    public InitRunRequest InitRequest(IEnumerable<int> actorIds)
    {
        var r = new InitRunRequest
        {
            RunId = RunId, ScenarioYaml = file.Yaml, ScenarioFile = file.Name, Strategy = strategy.Name, Seed = seed, RunIndex = 0,
        };
        r.ActorIds.Add(actorIds);
        foreach (var a in ActorIdsOfRun) r.Peers[a] = PeerAddress(a) ?? HostOf(a).GrpcAddress;
        return r;
    }

    public async Task InitAsync()
    {
        foreach (var group in ActorIdsOfRun.GroupBy(HostOf))
        {
            await group.Key.Lifecycle.InitRunAsync(InitRequest(group));
        }
    }

    /// <summary>Plays tick <paramref name="t"/> on every actor and records it.</summary>
    public async Task PlayTickAsync(int t)
    {
        var fired = _injects.Fire(t);
        var calls = ActorIdsOfRun.Select(a => AdvanceAsync(a, t, fired)).ToList();
        var responses = (await Task.WhenAll(calls)).ToDictionary(r => r.ActorId);

        var announced = new Dictionary<int, Dictionary<int, int>>();
        foreach (var r in responses.Values)
        {
            foreach (var (to, n) in r.MessagesSent)
            {
                if (!announced.TryGetValue(to, out var bySender)) announced[to] = bySender = [];
                bySender[r.ActorId] = n;
            }
        }
        _announced = announced;

        var eventsByActor = new IReadOnlyList<SimEvent>[2 + _s.Vendors.Count];
        eventsByActor[ActorIds.Orchestrator] = [.. fired.Select(f => f.Event)];
        foreach (var a in ActorIdsOfRun)
        {
            var published = await services.Events.WaitForAsync(RunId, t, a, responses[a].EventsPublished);
            Assert.Equal(responses[a].EventsPublished, published.Count);
            eventsByActor[a] = [.. published.Select(EventMapping.ToSimEvent)];
        }
        var agency = ReportMapping.ToCore(responses[ActorIds.Agency].Agency);
        var vendors = Enumerable.Range(0, _s.Vendors.Count)
            .Select(v => ReportMapping.ToCore(responses[ActorIds.Vendor(v)].Vendor, _s.Categories.Count))
            .ToList();
        _recorder.Record(t, agency, vendors, eventsByActor);
    }

    public AdvanceTickRequest TickRequest(int actorId, int t, IReadOnlyList<FiredInject> fired)
    {
        var r = new AdvanceTickRequest { RunId = RunId, ActorId = actorId, Tick = t };
        r.Injects.Add(fired.Where(f => f.Recipients.Contains(actorId)).Select(InjectMapping.ToProto));
        Add(r.ExpectedMessages, _announced.GetValueOrDefault(actorId));
        return r;
    }

    private async Task<AdvanceTickResponse> AdvanceAsync(int actorId, int t, IReadOnlyList<FiredInject> fired)
    {
        var request = TickRequest(actorId, t, fired);
        var host = HostOf(actorId);
        var together = Enumerable.Range(0, Retries > 0 ? 2 : 1).Select(_ => CallAsync(host, actorId, request));
        var all = (await Task.WhenAll(together)).ToList();
        for (var i = 1; i < Retries; i++) all.Add(await CallAsync(host, actorId, request));
        lock (Responses)
        {
            Responses.AddRange(all.Select(r => (actorId, t, r)));
        }
        return all[0];
    }

    private async Task<AdvanceTickResponse> CallAsync(ServiceHost host, int actorId, AdvanceTickRequest request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Advance is { } advance ? await advance(host, request) : await host.Lifecycle.AdvanceTickAsync(request);
            }
            catch (RpcException e) when (attempt < 40 && OnFailure(actorId, request.Tick, e))
            {
                await Task.Delay(250);
            }
        }
    }

    public async Task<RunResult> PlayAsync()
    {
        await InitAsync();
        for (var t = 0; t < _s.Ticks; t++) await PlayTickAsync(t);
        foreach (var host in ActorIdsOfRun.Select(HostOf).Distinct())
        {
            await host.Lifecycle.EndRunAsync(new EndRunRequest { RunId = RunId });
        }
        return _recorder.Result();
    }

    private static void Add(MapField<int, int> map, Dictionary<int, int>? counts)
    {
        foreach (var (k, v) in counts ?? []) map[k] = v;
    }
}
