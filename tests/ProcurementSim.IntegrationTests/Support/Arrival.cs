using Google.Protobuf;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>One actor-to-actor message as it reached the recipient's service (from its MessageHeader).</summary>
public sealed record Arrival(string RunId, int To, int Tick, int From, int Sequence, string Method)
{
    /// <summary>
    /// Reads the header of a delivery request (TaskingRequest, BidRequest, ...) through protobuf reflection: every
    /// delivery request has field <c>header</c>, whatever its type.
    /// </summary>
    public static Arrival Of(IMessage request, string method)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = (IMessage)(request.Descriptor.FindFieldByName("header")?.Accessor.GetValue(request)
            ?? throw new ArgumentException($"{request.Descriptor.FullName} has no header.", nameof(request)));
        object Field(string name) => header.Descriptor.FindFieldByName(name).Accessor.GetValue(header);
        return new Arrival((string)Field("run_id"), (int)Field("to"), (int)Field("tick"), (int)Field("from"), (int)Field("sequence"), method);
    }
}
