using ProcurementSim.Core.Messages;
using ProcurementSim.Orchestrator.Actors;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// The actor services' RunLifecycle API as the orchestrator calls it: each call's domain values mapped to its request,
/// sent on the peer channel of the address (retries and circuit breaking: <see cref="PeerChannels"/>), ticks on the
/// address's tick stream (<see cref="TickStreams"/>), and its response mapped back.
/// </summary>
public sealed class RunLifecycleCalls(PeerChannels peers, TickStreams ticks) : IActorCalls
{
    /// <inheritdoc />
    public async Task InitRunAsync(string address, RunInit init, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(init);
        var request = new InitRunRequest
        {
            RunId = init.RunId,
            ScenarioYaml = init.ScenarioYaml,
            ScenarioFile = init.ScenarioFile,
            Strategy = init.Strategy,
            Seed = init.Seed,
            RunIndex = init.RunIndex,
        };
        request.ActorIds.Add(init.ActorIds);
        request.Overrides.Add(init.Overrides.Select(o => new InputValue { Name = o.Name, Value = o.Value }));
        foreach (var (actor, peer) in init.Peers)
        {
            request.Peers[actor] = peer;
        }

        await Client(address).InitRunAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<TickAnswer> AdvanceTickAsync(string address, TickCall call, DateTime deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var request = new AdvanceTickRequest { RunId = call.RunId, ActorId = call.ActorId, Tick = call.Tick };
        request.Injects.Add(call.Injects.Select(InjectMapping.ToProto));
        foreach (var (sender, count) in call.ExpectedMessages)
        {
            request.ExpectedMessages[sender] = count;
        }

        var r = await ticks.PlayAsync(address, request, deadline, cancellationToken).ConfigureAwait(false);
        return Answer(r, call.Categories);
    }

    /// <inheritdoc />
    public async Task EndRunAsync(string address, string runId, DateTime deadline) =>
        await Client(address).EndRunAsync(new EndRunRequest { RunId = runId }, deadline: deadline).ResponseAsync.ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> HoldsRunAsync(string address, string runId, DateTime deadline, CancellationToken cancellationToken)
    {
        var response = await Client(address).DescribeRunAsync(new DescribeRunRequest { RunId = runId }, deadline: deadline, cancellationToken: cancellationToken)
            .ResponseAsync.ConfigureAwait(false);
        return response.Held;
    }

    // The agency's report is read from the agency, a vendor's from a vendor; another kind of report counts as none.
    private static TickAnswer Answer(AdvanceTickResponse r, int categories)
    {
        var sent = r.MessagesSent.ToDictionary(m => m.Key, m => m.Value);
        try
        {
            if (r.ActorId == ActorIds.Agency)
            {
                var agency = r.ReportCase == AdvanceTickResponse.ReportOneofCase.Agency ? ReportMapping.ToCore(r.Agency) : null;
                return new TickAnswer(r.ActorId, r.Tick, sent, r.EventsPublished, agency, null, null);
            }

            var vendor = r.ReportCase == AdvanceTickResponse.ReportOneofCase.Vendor ? ReportMapping.ToCore(r.Vendor, categories) : null;
            return new TickAnswer(r.ActorId, r.Tick, sent, r.EventsPublished, null, vendor, null);
        }
        catch (FormatException e)
        {
            return new TickAnswer(r.ActorId, r.Tick, sent, r.EventsPublished, null, null, e);
        }
    }

    private RunLifecycle.RunLifecycleClient Client(string address) => new(peers.For(address));
}
