using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>
/// The service defaults' tracing records one span per outbound gRPC call (the gRPC client's; the HttpClient request
/// under it is not a second span), and the server's span is that client span's child: one call, one edge in a trace.
/// </summary>
public sealed class TracingTests
{
    [Fact]
    public async Task An_outbound_grpc_call_is_one_client_span_and_the_server_span_is_its_child()
    {
        var spans = new List<Activity>();
        await using var host = await ProbeHost.StartAsync(configure: services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var root = new Activity("test call").SetIdFormat(ActivityIdFormat.W3C);
        root.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        root.Start();

        var reply = await new Probe.Probe.ProbeClient(host.Channel).EchoAsync(new ProbeRequest { Text = "traced", Key = "trace" });
        root.Stop();
        Assert.Equal("traced", reply.Text);

        // The server span ends after the client has its answer only in theory; wait for both to be exported.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<Activity> mine;
        do
        {
            await Task.Delay(50);
            lock (spans)
            {
                mine = [.. spans.Where(s => s.TraceId == root.TraceId)];
            }
        }
        while (mine.Count(s => s.Kind == ActivityKind.Server) == 0 && DateTime.UtcNow < deadline);

        var client = Assert.Single(mine, s => s.Kind == ActivityKind.Client);
        var server = Assert.Single(mine, s => s.Kind == ActivityKind.Server);
        Assert.Equal(root.SpanId, client.ParentSpanId);
        Assert.Equal(client.SpanId, server.ParentSpanId);
        Assert.Contains("Echo", client.DisplayName, StringComparison.Ordinal);
    }
}
