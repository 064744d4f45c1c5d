using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// A service that stops while a tick's messages are on their way has failed under the run: it answers that tick
/// Unavailable (which the orchestrator recovers by playing the run again elsewhere), not Cancelled (which reads as
/// the actor failing on its own and fails the batch).
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_service_stopping_mid_delivery_answers_the_tick_Unavailable_not_Cancelled()
    {
        var services = new ActorServices();
        await services.InitializeAsync();
        try
        {
            var file = ScenarioFile.Read("usage-policy-standoff.yaml");
            var incumbent = ActorIds.Vendor(0);
            // The agency reaches the incumbent through a peer that takes the connection and never answers.
            using var silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            var held = new List<TcpClient>();
            var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    var client = await silent.AcceptTcpClientAsync();
                    lock (held) held.Add(client);
                    accepted.TrySetResult();
                }
            });
            var errors = new List<(int Actor, RpcException Error)>();
            var run = new DistributedRun(services, file, file.Strategy("structured_replacement"), file.Scenario.Seed)
            {
                PeerAddress = a => a == incumbent ? $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}" : null,
                OnFailure = (actor, _, e) =>
                {
                    lock (errors) errors.Add((actor, e));
                    return false;
                },
            };

            var playing = run.PlayAsync();
            await accepted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await services.Agency.App.StopAsync();

            var error = await Assert.ThrowsAsync<RpcException>(() => playing);
            Assert.Equal(StatusCode.Unavailable, error.StatusCode);
            Assert.Contains("its service is stopping", error.Status.Detail, StringComparison.Ordinal);
            Assert.Contains(errors, e => e.Actor == ActorIds.Agency && e.Error.StatusCode == StatusCode.Unavailable);
            lock (held) held.ForEach(c => c.Dispose());
        }
        finally
        {
            await services.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_service_stopping_answers_the_ticks_waiting_on_its_stream_Unavailable_and_ends_the_stream_without_waiting_for_the_orchestrator()
    {
        var services = new ActorServices();
        await services.InitializeAsync();
        try
        {
            var waiting = await WaitingTick.PrepareAsync(services);
            await using var stream = services.Agency.OpenTickStream();
            var (_, answer) = await stream.SendAsync(waiting);
            // The tick is in play once the service has read it: a request without a tick, read after it on the same
            // stream, is answered at once. (A fixed pause was not enough on a loaded machine: a tick still unread when the
            // service began stopping is never taken, and the stream just ends, which the orchestrator also reads as
            // UNAVAILABLE, but this test is about a tick in play.)
            var (_, probe) = await stream.SendAsync(null);
            Assert.Equal((int)StatusCode.InvalidArgument, (await probe.WaitAsync(TimeSpan.FromSeconds(30))).Failure.Code);

            var stopped = System.Diagnostics.Stopwatch.StartNew();
            await services.Agency.App.StopAsync().WaitAsync(TimeSpan.FromSeconds(20));
            stopped.Stop();

            // The tick is answered UNAVAILABLE, or (about one time in ten on a loaded machine) Kestrel's shutdown closes the
            // HTTP/2 connection before that answer is written: the stream's end, which the orchestrator's stream client
            // turns into UNAVAILABLE for every call waiting on it (MultiplexedStreamsTests), so the run is played again
            // elsewhere either way. Never a tick left hanging, and never an answer other than UNAVAILABLE.
            await Task.WhenAny(answer, stream.Ended).WaitAsync(TimeSpan.FromSeconds(5));
            if (answer.IsCompletedSuccessfully)
            {
                var failure = (await answer).Failure;
                Assert.Equal((int)StatusCode.Unavailable, failure.Code);
                Assert.Contains("its service is stopping", failure.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(stream.Ended.IsCompleted, "neither an answer nor the stream's end");
            }
            // The host's shutdown did not wait for the open stream (Kestrel's grace for open requests is 30 s); the tick was
            // answered as stopping, not after its inbox wait (which answers FailedPrecondition naming the sender).
            Assert.True(stopped.Elapsed < TimeSpan.FromSeconds(15), $"the service took {stopped.Elapsed.TotalSeconds:0.0} s to stop");
        }
        finally
        {
            await services.DisposeAsync();
        }
    }
}
