using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

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
            var second = (IMessage)await continuation(request, context);
            // Ack is generated in both service assemblies: read its field through the descriptor.
            counts.AddDelivery((bool)second.Descriptor.FindFieldByName("duplicate").Accessor.GetValue(second));
        }

        return first;
    }
}
