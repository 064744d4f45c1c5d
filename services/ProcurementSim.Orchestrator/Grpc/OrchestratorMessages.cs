using ProcurementSim.Orchestrator.Batches;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using DomainState = ProcurementSim.Orchestrator.Domain.RunState;
using WireState = ProcurementSim.Protocol.V1.RunState;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// The orchestrator's own API messages and its run state, between the wire and the orchestrator's domain. (The Core's
/// values on the wire — metrics, designs, reports, injects — are mapped once in <c>ProcurementSim.Protocol.Mapping</c>.)
/// </summary>
public static class OrchestratorMessages
{
    /// <summary>The run state on the wire.</summary>
    public static WireState ToProto(DomainState state) => state switch
    {
        DomainState.Pending => WireState.Pending,
        DomainState.Running => WireState.Running,
        DomainState.Completed => WireState.Completed,
        DomainState.Failed => WireState.Failed,
        DomainState.Cancelled => WireState.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a run state"),
    };

    /// <summary>A snapshot of run <paramref name="runId"/> as WatchRun streams it.</summary>
    public static TickSnapshot ToProto(string runId, RunSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var message = new TickSnapshot
        {
            RunId = runId,
            Tick = snapshot.Tick,
            Ticks = snapshot.Ticks,
            State = ToProto(snapshot.State),
            MissionCapability = snapshot.MissionCapability,
            CumulativeCost = snapshot.CumulativeCost,
            Error = snapshot.Error,
        };
        message.KeyEvents.Add(snapshot.KeyEvents);
        return message;
    }

    /// <summary>A run as ListRuns lists it.</summary>
    public static RunSummary ToProto(RunStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new RunSummary
        {
            RunId = status.RunId,
            Scenario = status.Scenario,
            Strategy = status.Strategy,
            Seed = status.Seed,
            State = ToProto(status.State),
            TicksDone = status.TicksDone,
            Ticks = status.Ticks,
            Score = status.Score,
            Error = status.Error,
            Recoveries = status.Recoveries,
            CreatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(status.CreatedAt),
            EndedAt = status.EndedAt is { } ended ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(ended) : null,
        };
    }

    /// <summary>A RunBatch request, unchecked, with the name diagnostics give its scenario.</summary>
    public static BatchRequest ToDomain(RunBatchRequest request, string file)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new BatchRequest(
            request.ScenarioYaml, file, BatchMapping.ToCore(request.Design), request.Samples, request.Replications, request.HasSeed ? request.Seed : null,
            [.. request.Strategies], request.IncludeLevers, request.RecordCapability, request.MaxInFlight, request.FirstState,
            [.. request.LeverNames], [.. request.Candidates.Select(c => (IReadOnlyList<double>)[.. c.Values])]);
    }
}
