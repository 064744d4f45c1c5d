using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// A server interceptor for the actor services that hands every actor-to-actor delivery (the Agency and Vendor RPCs) to
/// the service twice, as a sender retrying after a lost Ack would: the second must be answered Ack.duplicate and
/// change nothing. Answers the caller with the first response.
/// </summary>
public sealed class DeliveredTwice(DuplicateCounts counts) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        var first = await continuation(request, context);
        if (context.Method.StartsWith("/procurementsim.v1.Agency/", StringComparison.Ordinal)
            || context.Method.StartsWith("/procurementsim.v1.Vendor/", StringComparison.Ordinal))
        {
            var second = await continuation(request, context);
            counts.AddDelivery(second is Ack { Duplicate: true });
        }

        return first;
    }
}
