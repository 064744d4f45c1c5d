using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// A client of the orchestrator's public API (protos/orchestrator.proto) on any call invoker, built by hand from the
/// message types of ProcurementSim.Protocol and the wire names a client in any language uses (not the generated
/// client), with the deadlines and message size the tests want.
/// </summary>
public sealed class OrchestratorApi(CallInvoker invoker)
{
    /// <summary>The service's full name.</summary>
    public const string ServiceName = "procurementsim.v1.Orchestrator";

    // report.html inlines plotly.js (about 3.6 MB), close to gRPC's default 4 MB limit.
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private static readonly Method<StartRunRequest, StartRunResponse> Start = Unary(StartRunRequest.Parser, "StartRun", StartRunResponse.Parser);
    private static readonly Method<GetResultRequest, RunResultFiles> Result = Unary(GetResultRequest.Parser, "GetResult", RunResultFiles.Parser);
    private static readonly Method<ListRunsRequest, ListRunsResponse> List = Unary(ListRunsRequest.Parser, "ListRuns", ListRunsResponse.Parser);
    private static readonly Method<WatchRunRequest, TickSnapshot> Watch =
        new(MethodType.ServerStreaming, ServiceName, "WatchRun", Marshal(WatchRunRequest.Parser), Marshal(TickSnapshot.Parser));

    private static readonly Method<RunBatchRequest, BatchStateResult> Batch =
        new(MethodType.ServerStreaming, ServiceName, "RunBatch", Marshal(RunBatchRequest.Parser), Marshal(BatchStateResult.Parser));

    /// <summary>A plain channel to <paramref name="address"/> (no interceptor, no retry), large enough for report.html.</summary>
    public static GrpcChannel Channel(string address) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = MaxMessageBytes });

    public async Task<StartRunResponse> StartRunAsync(StartRunRequest request) =>
        await invoker.AsyncUnaryCall(Start, null, Options(TimeSpan.FromSeconds(30)), request);

    public async Task<RunResultFiles> GetResultAsync(string runId, bool includeReport = true) =>
        await invoker.AsyncUnaryCall(Result, null, Options(TimeSpan.FromSeconds(30)), new GetResultRequest { RunId = runId, IncludeReport = includeReport });

    public async Task<ListRunsResponse> ListRunsAsync() =>
        await invoker.AsyncUnaryCall(List, null, Options(TimeSpan.FromSeconds(30)), new ListRunsRequest());

    /// <summary>Follows WatchRun until the stream ends (after the run's terminal snapshot) and returns the last snapshot.</summary>
    public async Task<TickSnapshot> WatchToEndAsync(string runId, TimeSpan timeout)
    {
        using var call = invoker.AsyncServerStreamingCall(Watch, null, Options(timeout), new WatchRunRequest { RunId = runId });
        TickSnapshot? last = null;
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync())
        {
            last = snapshot;
        }

        return last ?? throw new InvalidOperationException($"WatchRun of {runId} ended without a snapshot.");
    }

    /// <summary>
    /// Plays a batch, handing each state to <paramref name="onState"/> as it comes; returns them all. Cancelling
    /// <paramref name="cancellationToken"/> cancels the call.
    /// </summary>
    public async Task<List<BatchStateResult>> RunBatchAsync(RunBatchRequest request, TimeSpan timeout, Action<BatchStateResult>? onState = null, CancellationToken cancellationToken = default)
    {
        using var call = invoker.AsyncServerStreamingCall(Batch, null, Options(timeout).WithCancellationToken(cancellationToken), request);
        var states = new List<BatchStateResult>();
        await foreach (var state in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            states.Add(state);
            onState?.Invoke(state);
        }

        return states;
    }

    /// <summary>Starts a run, follows it to its end and fetches its files; a run that did not complete throws with its error.</summary>
    public async Task<RunResultFiles> PlayAsync(StartRunRequest request, TimeSpan timeout, bool includeReport = true)
    {
        var started = await StartRunAsync(request);
        var last = await WatchToEndAsync(started.RunId, timeout);
        if (last.State != RunState.Completed)
        {
            throw new InvalidOperationException($"Run {started.RunId} ended {last.State}: {last.Error}");
        }

        return await GetResultAsync(started.RunId, includeReport);
    }

    private static CallOptions Options(TimeSpan timeout) => new(deadline: DateTime.UtcNow + timeout);

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(MessageParser<TRequest> request, string name, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new(MethodType.Unary, ServiceName, name, Marshal(request), Marshal(response));

    private static Marshaller<T> Marshal<T>(MessageParser<T> parser)
        where T : IMessage<T> =>
        Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
}
