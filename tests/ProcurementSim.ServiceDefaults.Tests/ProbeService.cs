using Grpc.Core;
using ProcurementSim.ServiceDefaults.Streams;
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

    public override async Task Multiplex(IAsyncStreamReader<ProbeCall> requestStream, IServerStreamWriter<ProbeAnswer> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        using var write = new SemaphoreSlim(1, 1);
        var answering = new List<Task>();
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            var call = requestStream.Current;
            if (call.Cancel)
            {
                counter.Cancelled(call.CallId);
                continue;
            }
            var calls = counter.Next(call.Key);
            if (call.EndStream && calls == 1) break;
            answering.Add(AnswerAsync(call, calls));
        }
        await Task.WhenAll(answering);

        async Task AnswerAsync(ProbeCall call, int calls)
        {
            await Task.Delay(call.DelayMs, context.CancellationToken);
            var code = calls <= call.Failures ? (int)StatusCode.Unavailable : call.Code;
            await write.WaitAsync(context.CancellationToken);
            try
            {
                await responseStream.WriteAsync(new ProbeAnswer { CallId = call.CallId, Text = code == 0 ? call.Key : string.Empty, Code = code, Calls = calls });
            }
            finally
            {
                write.Release();
            }
        }
    }

    public override async Task MultiplexWaves(IAsyncStreamReader<ProbeWave> requestStream, IServerStreamWriter<ProbeAnswerWave> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        var answers = new AnswerWaves<ProbeAnswer>(ready =>
        {
            var wave = new ProbeAnswerWave();
            wave.Answers.AddRange(ready);
            return responseStream.WriteAsync(wave);
        });
        var writing = answers.WriteAllAsync(context.CancellationToken);
        var answering = new List<Task>();
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            var wave = counter.NextWave();
            foreach (var call in requestStream.Current.Calls)
            {
                if (call.Cancel)
                {
                    counter.Cancelled(call.CallId);
                    continue;
                }
                counter.CameInWave(call.Key, wave);
                var calls = counter.Next(call.Key);
                if (call.EndStream && calls == 1) throw new RpcException(new Status(StatusCode.Unavailable, "The probe ended the stream."));
                answering.Add(AnswerAsync(call, calls));
            }
        }
        await Task.WhenAll(answering);
        answers.Complete();
        await writing;

        async Task AnswerAsync(ProbeCall call, int calls)
        {
            if (call.DelayMs > 0) await Task.Delay(call.DelayMs, context.CancellationToken);
            var code = calls <= call.Failures ? (int)StatusCode.Unavailable : call.Code;
            answers.Add(new ProbeAnswer { CallId = call.CallId, Text = code == 0 ? call.Key : string.Empty, Code = code, Calls = calls });
        }
    }

    public override async Task<ProbeReply> Slow(ProbeRequest request, ServerCallContext context)
    {
        var calls = counter.Next(request.Key);
        await Task.Delay(request.DelayMs, context.CancellationToken);
        return new ProbeReply { Text = request.Text, Calls = calls };
    }
}
