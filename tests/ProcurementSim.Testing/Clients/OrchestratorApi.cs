using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults.Security;

namespace ProcurementSim.Testing.Clients;

/// <summary>
/// A client of the orchestrator's public API (protos/orchestrator.proto), built by hand from the message types of
/// ProcurementSim.Protocol and the wire names a client in any language uses (not the generated client), with the
/// deadlines and message size the tests want. Either on a channel of its own to an address (optionally over TLS with
/// a given authority, and with an API key) that it disposes, or on any call invoker the caller owns.
/// </summary>
public sealed class OrchestratorApi : IDisposable
{
    /// <summary>The service's full name.</summary>
    public const string ServiceName = "procurementsim.v1.Orchestrator";

    // report.html inlines plotly.js (about 3.6 MB), close to gRPC's default 4 MB limit.
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private static readonly TimeSpan UnaryTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromMinutes(2);

    private static readonly Method<ValidateScenarioRequest, ValidateScenarioResponse> Validate = Unary(ValidateScenarioRequest.Parser, "ValidateScenario", ValidateScenarioResponse.Parser);
    private static readonly Method<StartRunRequest, StartRunResponse> Start = Unary(StartRunRequest.Parser, "StartRun", StartRunResponse.Parser);
    private static readonly Method<GetResultRequest, RunResultFiles> Result = Unary(GetResultRequest.Parser, "GetResult", RunResultFiles.Parser);
    private static readonly Method<ListRunsRequest, ListRunsResponse> List = Unary(ListRunsRequest.Parser, "ListRuns", ListRunsResponse.Parser);
    private static readonly Method<CancelRunRequest, CancelRunResponse> Cancel = Unary(CancelRunRequest.Parser, "CancelRun", CancelRunResponse.Parser);
    private static readonly Method<WatchRunRequest, TickSnapshot> Watch =
        new(MethodType.ServerStreaming, ServiceName, "WatchRun", Marshal(WatchRunRequest.Parser), Marshal(TickSnapshot.Parser));

    private static readonly Method<RunBatchRequest, BatchStateResult> Batch =
        new(MethodType.ServerStreaming, ServiceName, "RunBatch", Marshal(RunBatchRequest.Parser), Marshal(BatchStateResult.Parser));

    private readonly CallInvoker _invoker;
    private readonly GrpcChannel? _channel;
    private readonly string? _apiKey;

    /// <summary>A client on <paramref name="invoker"/>, which the caller owns (see <see cref="Channel"/>).</summary>
    public OrchestratorApi(CallInvoker invoker) => _invoker = invoker;

    /// <summary>A client on a channel of its own to <paramref name="address"/>, disposed with the client.</summary>
    /// <param name="address">The orchestrator's gRPC address.</param>
    /// <param name="caPath">A PEM authority to trust for an https:// address, or null for the system's store only.</param>
    /// <param name="apiKey">The API key to send as x-api-key, or null.</param>
    public OrchestratorApi(string address, string? caPath = null, string? apiKey = null)
    {
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            MaxReceiveMessageSize = MaxMessageBytes,
            HttpHandler = new SocketsHttpHandler
            {
                SslOptions = new System.Net.Security.SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = caPath is null
                        ? null
                        : TlsCertificates.TrustAuthorities(TlsCertificates.LoadAuthorities("caPath", caPath)),
                },
            },
        });
        _invoker = _channel.CreateCallInvoker();
        _apiKey = apiKey;
    }

    /// <summary>A plain channel to <paramref name="address"/> (no interceptor, no retry), large enough for report.html.</summary>
    public static GrpcChannel Channel(string address) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = MaxMessageBytes });

    public async Task<ValidateScenarioResponse> ValidateScenarioAsync(ValidateScenarioRequest request) =>
        await _invoker.AsyncUnaryCall(Validate, null, Options(UnaryTimeout), request);

    /// <summary>ValidateScenario with the caller's deadline.</summary>
    public async Task<ValidateScenarioResponse> ValidateScenarioAsync(ValidateScenarioRequest request, DateTime deadline) =>
        await _invoker.AsyncUnaryCall(Validate, null, new CallOptions(deadline: deadline), request);

    public async Task<StartRunResponse> StartRunAsync(StartRunRequest request) =>
        await _invoker.AsyncUnaryCall(Start, null, Options(UnaryTimeout), request);

    /// <summary>GetResult with any request, for tests of its checks.</summary>
    public async Task<RunResultFiles> GetResultAsync(GetResultRequest request) =>
        await _invoker.AsyncUnaryCall(Result, null, Options(UnaryTimeout), request);

    public async Task<RunResultFiles> GetResultAsync(string runId, bool includeReport = true) =>
        await _invoker.AsyncUnaryCall(Result, null, Options(UnaryTimeout), new GetResultRequest { RunId = runId, IncludeReport = includeReport });

    public async Task<ListRunsResponse> ListRunsAsync() => await ListRunsAsync(new ListRunsRequest());

    public async Task<ListRunsResponse> ListRunsAsync(ListRunsRequest request) =>
        await _invoker.AsyncUnaryCall(List, null, Options(UnaryTimeout), request);

    public async Task<CancelRunResponse> CancelRunAsync(string runId) =>
        await _invoker.AsyncUnaryCall(Cancel, null, Options(UnaryTimeout), new CancelRunRequest { RunId = runId });

    /// <summary>Every snapshot WatchRun streams, until the stream ends (2 minutes at most unless told).</summary>
    public Task<List<TickSnapshot>> WatchRunAsync(string runId, TimeSpan? timeout = null) => WatchRunAsync(new WatchRunRequest { RunId = runId }, timeout);

    /// <summary>Every snapshot WatchRun streams for <paramref name="request"/>, until the stream ends.</summary>
    public async Task<List<TickSnapshot>> WatchRunAsync(WatchRunRequest request, TimeSpan? timeout = null)
    {
        using var call = _invoker.AsyncServerStreamingCall(Watch, null, Options(timeout ?? StreamTimeout), request);
        var snapshots = new List<TickSnapshot>();
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync())
        {
            snapshots.Add(snapshot);
        }

        return snapshots;
    }

    /// <summary>Follows WatchRun until the stream ends (after the run's terminal snapshot) and returns the last snapshot.</summary>
    public async Task<TickSnapshot> WatchToEndAsync(string runId, TimeSpan timeout)
    {
        using var call = _invoker.AsyncServerStreamingCall(Watch, null, Options(timeout), new WatchRunRequest { RunId = runId });
        TickSnapshot? last = null;
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync())
        {
            last = snapshot;
        }

        return last ?? throw new InvalidOperationException($"WatchRun of {runId} ended without a snapshot.");
    }

    /// <summary>
    /// Plays a batch (2 minutes at most unless told), handing each state to <paramref name="onState"/> as it comes;
    /// returns them all. Cancelling <paramref name="cancellationToken"/> cancels the call.
    /// </summary>
    public async Task<List<BatchStateResult>> RunBatchAsync(RunBatchRequest request, TimeSpan? timeout = null, Action<BatchStateResult>? onState = null, CancellationToken cancellationToken = default)
    {
        using var call = _invoker.AsyncServerStreamingCall(Batch, null, Options(timeout ?? StreamTimeout).WithCancellationToken(cancellationToken), request);
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

    /// <summary>Disposes the client's own channel (a client on the caller's invoker has none).</summary>
    public void Dispose() => _channel?.Dispose();

    private CallOptions Options(TimeSpan timeout) =>
        new(headers: _apiKey is null ? null : new Metadata { { "x-api-key", _apiKey } }, deadline: DateTime.UtcNow + timeout);

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(MessageParser<TRequest> request, string name, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new(MethodType.Unary, ServiceName, name, Marshal(request), Marshal(response));

    private static Marshaller<T> Marshal<T>(MessageParser<T> parser)
        where T : IMessage<T> =>
        Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
}
