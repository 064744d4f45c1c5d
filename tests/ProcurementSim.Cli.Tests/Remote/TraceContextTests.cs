using System.Diagnostics;
using ProcurementSim.Cli.Remote;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Remote;

/// <summary>
/// <c>procsim --remote</c> sends a W3C trace context with every call, so a command and the work it starts are one
/// trace in the services' telemetry; it continues TRACEPARENT when a caller gives one.
/// </summary>
public sealed class TraceContextTests(InProcessSystem system) : IClassFixture<InProcessSystem>
{
    private const string GivenTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string GivenSpan = "00f067aa0ba902b7";

    [Fact]
    public void A_remote_command_continues_the_trace_TRACEPARENT_names_with_a_span_of_its_own()
    {
        var served = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.TraceId.ToHexString() == GivenTrace)
                {
                    lock (served) served.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var outcome = Procsim.Run(Procsim.DefaultEnvironment with { TraceParent = $"00-{GivenTrace}-{GivenSpan}-01" },
            "validate", ReferenceScenarios.TeachingMinimalPath, "--remote", system.OrchestratorAddress);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        lock (served)
        {
            var call = Assert.Single(served);
            Assert.Equal(ActivityKind.Server, call.Kind);
            Assert.NotEqual(GivenSpan, call.ParentSpanId.ToHexString());   // the command's own span (at least) sits between
            Assert.NotEqual(default, call.ParentSpanId);
            Assert.True(call.Recorded);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a trace context")]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]   // an all-zero trace id is invalid
    public void Without_a_valid_TRACEPARENT_a_command_starts_a_new_sampled_trace(string? given)
    {
        ActivityTraceId firstTrace;
        using (var first = CommandTrace.Start(given))
        {
            Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$", first.TraceParent);
            Assert.NotEqual(default, first.TraceId);
            firstTrace = first.TraceId;
        }

        using var second = CommandTrace.Start(given);
        Assert.NotEqual(firstTrace, second.TraceId);
    }

    [Fact]
    public void A_valid_TRACEPARENT_keeps_its_trace_and_sampling_flag_and_gets_a_new_span()
    {
        using var trace = CommandTrace.Start($"00-{GivenTrace}-{GivenSpan}-00");

        Assert.Equal(GivenTrace, trace.TraceId.ToHexString());
        Assert.StartsWith($"00-{GivenTrace}-", trace.TraceParent, StringComparison.Ordinal);
        Assert.EndsWith("-00", trace.TraceParent, StringComparison.Ordinal);
        Assert.DoesNotContain(GivenSpan, trace.TraceParent, StringComparison.Ordinal);
    }
}
