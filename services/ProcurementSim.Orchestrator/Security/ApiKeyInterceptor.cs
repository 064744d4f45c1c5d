using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace ProcurementSim.Orchestrator.Security;

/// <summary>
/// Refuses every gRPC call that does not carry <see cref="OrchestratorOptions.ApiKey"/> as <c>x-api-key</c> metadata
/// (Unauthenticated, with a sentence), when a key is configured. grpc.health.v1.Health stays open (a probe learns
/// only "serving"); reflection needs the key like the API. The key is compared in constant time and never logged.
/// </summary>
internal sealed class ApiKeyInterceptor(IOptions<OrchestratorOptions> options, ILogger<ApiKeyInterceptor> logger) : Interceptor
{
    /// <summary>The metadata key the API key travels in.</summary>
    public const string Header = "x-api-key";

    public const string MissingSentence =
        "This orchestrator requires an API key: send it as x-api-key metadata (procsim reads it from PROCSIM_API_KEY or --api-key-file FILE).";

    public const string WrongSentence =
        "The API key sent in x-api-key is not this orchestrator's: check PROCSIM_API_KEY or the file given to --api-key-file.";

    private const string HealthPrefix = "/grpc.health.v1.Health/";

    // Hashing both sides first makes the comparison's time independent of the lengths as well as the contents.
    private readonly byte[]? expected = string.IsNullOrEmpty(options.Value.ApiKey) ? null : Hash(options.Value.ApiKey);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Check(ServerCallContext context)
    {
        if (expected is null || context.Method.StartsWith(HealthPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var sent = context.RequestHeaders.GetValue(Header);
        if (string.IsNullOrEmpty(sent))
        {
            logger.LogWarning("Refused {Method} from {Peer}: no API key.", context.Method, context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, MissingSentence));
        }

        if (!CryptographicOperations.FixedTimeEquals(Hash(sent), expected))
        {
            logger.LogWarning("Refused {Method} from {Peer}: a wrong API key.", context.Method, context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, WrongSentence));
        }
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
