using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// The orchestrator at a URL, as <c>--remote</c> uses it; every failure comes back as a <see cref="CommandFailedException"/>.
/// An <c>https://</c> URL is checked against the system's authorities and those of <see cref="RemoteTarget.CaPath"/>
/// (there is no switch to accept any certificate); the API key, when given, rides every call as <c>x-api-key</c>, and
/// the command's W3C trace context as <c>traceparent</c> (<see cref="CommandTrace"/>).
/// </summary>
internal sealed class RemoteOrchestrator : IDisposable
{
    // report.html inlines plotly.js (about 3.6 MB): more than gRPC's default limit of 4 MB leaves room for.
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly GrpcChannel _channel;
    private readonly Orchestrator.OrchestratorClient _client;

    public RemoteOrchestrator(RemoteTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Url = target.Url.OriginalString;
        var trust = target.CaPath is { } ca ? RemoteTrust.ForAuthorities(ca) : null;
        _channel = GrpcChannel.ForAddress(target.Url, new GrpcChannelOptions
        {
            MaxReceiveMessageSize = MaxMessageBytes,
            HttpHandler = new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
                SslOptions = new System.Net.Security.SslClientAuthenticationOptions { RemoteCertificateValidationCallback = trust },
            },
        });
        Trace = CommandTrace.Start(target.TraceParent);
        var invoker = _channel.Intercept(metadata =>
        {
            if (target.ApiKey is { } key)
            {
                metadata.Add("x-api-key", key);
            }

            metadata.Add(CommandTrace.Header, Trace.TraceParent);
            return metadata;
        });
        _client = new Orchestrator.OrchestratorClient(invoker);
    }

    /// <summary>The trace every call of this command carries.</summary>
    public CommandTrace Trace { get; }

    /// <summary>The URL as the user gave it.</summary>
    public string Url { get; }

    public ValidateScenarioResponse Validate(string yaml, string file) =>
        Call(() => _client.ValidateScenario(new ValidateScenarioRequest { ScenarioYaml = yaml, ScenarioFile = file }), "refused to validate the scenario");

    public StartRunResponse Start(string yaml, string file, string? strategy, ulong? seed)
    {
        var request = new StartRunRequest { ScenarioYaml = yaml, ScenarioFile = file, Strategy = strategy ?? string.Empty };
        if (seed is { } s)
        {
            request.Seed = s;
        }

        return Call(() => _client.StartRun(request), "refused the run");
    }

    /// <summary>Reports each snapshot of the run and returns the last (the run's final state).</summary>
    public async Task<TickSnapshot> WatchAsync(string runId, Action<TickSnapshot> onSnapshot)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        try
        {
            using var call = _client.WatchRun(new WatchRunRequest { RunId = runId });
            TickSnapshot? last = null;
            await foreach (var snapshot in call.ResponseStream.ReadAllAsync().ConfigureAwait(false))
            {
                onSnapshot(snapshot);
                last = snapshot;
            }

            return last ?? throw new CommandFailedException(
                $"{CliApp.Name}: the orchestrator at {Url} ended the progress of run {runId} without a word.", ExitCodes.InternalError);
        }
        catch (RpcException e)
        {
            throw RemoteErrors.From(e, Url, $"stopped reporting the progress of run {runId}");
        }
    }

    /// <summary>
    /// Plays a batch: hands each state to <paramref name="onState"/> as it arrives (in plan order) and returns how many
    /// came. Cancelling stops the batch on the orchestrator and returns the count so far.
    /// </summary>
    public async Task<int> RunBatchAsync(RunBatchRequest request, Action<BatchStateResult> onState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onState);
        var received = 0;
        try
        {
            using var call = _client.RunBatch(request, cancellationToken: cancellationToken);
            await foreach (var state in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                onState(state);
                received++;
            }

            return received;
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            return received;
        }
        catch (RpcException e)
        {
            throw RemoteErrors.From(e, Url, received == 0 ? "refused the experiment" : "stopped the experiment");
        }
    }

    public RunResultFiles Result(string runId) =>
        Call(() => _client.GetResult(new GetResultRequest { RunId = runId }), $"did not give the result of run {runId}");

    public void Dispose()
    {
        _channel.Dispose();
        Trace.Dispose();
    }

    private T Call<T>(Func<T> call, string refused)
    {
        try
        {
            return call();
        }
        catch (RpcException e)
        {
            throw RemoteErrors.From(e, Url, refused);
        }
    }
}
