using Grpc.Core;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class ProbeService(CallCounter counter) : Probe.Probe.ProbeBase
{
    public override Task<ProbeReply> Echo(ProbeRequest request, ServerCallContext context) =>
        Task.FromResult(new ProbeReply { Text = request.Text, Calls = counter.Next(request.Key) });

    public override Task<ProbeReply> Fail(ProbeRequest request, ServerCallContext context) =>
        throw new InvalidOperationException("The probe was told to fail.");

    public override Task<ProbeReply> Flaky(ProbeRequest request, ServerCallContext context)
    {
        var calls = counter.Next(request.Key);
        return calls <= request.Failures
            ? throw new RpcException(new Status(StatusCode.Unavailable, $"Probe failure {calls}."))
            : Task.FromResult(new ProbeReply { Text = request.Text, Calls = calls });
    }

    public override async Task<ProbeReply> Slow(ProbeRequest request, ServerCallContext context)
    {
        var calls = counter.Next(request.Key);
        await Task.Delay(request.DelayMs, context.CancellationToken);
        return new ProbeReply { Text = request.Text, Calls = calls };
    }
}
