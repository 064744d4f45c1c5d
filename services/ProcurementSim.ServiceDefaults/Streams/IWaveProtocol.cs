using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// A stream protocol whose method also has a batched form (docs/ARCHITECTURE.md, "Tick waves"): a message carries every
/// entry queued when the writer came free. <see cref="MultiplexedStreams{TRequest, TResponse}"/> opens that form first
/// and falls back to <see cref="IStreamProtocol{TRequest, TResponse}.Open"/> at an address whose service answers
/// UNIMPLEMENTED (one that predates it).
/// </summary>
public interface IWaveProtocol<TRequest, TResponse> : IStreamProtocol<TRequest, TResponse>
{
    /// <summary>The batched method's name, for sentences (e.g. <c>AdvanceTickWaves</c>).</summary>
    string WavesName { get; }

    /// <summary>Opens the batched form on <paramref name="invoker"/>; it ends when <paramref name="closed"/> is cancelled.</summary>
    IStreamCall<TRequest, TResponse> OpenWaves(CallInvoker invoker, CancellationToken closed);
}
