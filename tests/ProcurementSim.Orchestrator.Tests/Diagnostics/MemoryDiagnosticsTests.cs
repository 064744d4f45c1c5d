using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Orchestrator.Tests.Diagnostics;

public sealed class MemoryDiagnosticsTests
{
    private const string Dead = "http://127.0.0.1:9";

    private static async Task<(WebApplication App, HttpClient Http)> StartAsync(bool diagnostics)
    {
        var app = await ServiceHosts.StartOrchestratorAsync(Dead, Dead, Dead, new Dictionary<string, string?>
        {
            ["Orchestrator:MemoryDiagnostics"] = diagnostics ? "true" : "false",
        });
        return (app, new HttpClient { BaseAddress = new Uri(app.HttpAddress()) });
    }

    [Fact]
    public async Task The_memory_endpoint_is_absent_unless_configured()
    {
        var (app, http) = await StartAsync(diagnostics: false);
        await using (app)
        using (http)
        {
            using var response = await http.GetAsync(MemoryDiagnostics.Path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task When_configured_it_reports_the_memory_after_a_full_collection_and_the_run_counts()
    {
        var (app, http) = await StartAsync(diagnostics: true);
        await using (app)
        using (http)
        {
            var collections = GC.CollectionCount(GC.MaxGeneration);

            var report = await http.GetFromJsonAsync<MemoryReport>(MemoryDiagnostics.Path);

            Assert.NotNull(report);
            // The test host and the orchestrator share this process, so the collection it forces is seen here.
            Assert.True(GC.CollectionCount(GC.MaxGeneration) >= collections + 2, "two full collections");
            // A running ASP.NET Core host holds megabytes of live objects; its committed heap holds at least those.
            Assert.InRange(report.ManagedHeapBytes, 1L << 20, report.GcCommittedBytes);
            // The open run store (":memory:" here) has SQLite memory in use.
            Assert.True(report.SqliteBytes > 0, $"sqlite {report.SqliteBytes}");
            Assert.True(report.ResidentBytes > report.ManagedHeapBytes, $"rss {report.ResidentBytes}");
            Assert.True(report.NativeInUseBytes > 0 || !OperatingSystem.IsLinux(), $"malloc in use {report.NativeInUseBytes}");
            Assert.Equal((0, 0, 0, 0), (report.RetainedRuns, report.PlayingRuns, report.BufferedRuns, report.BufferedSlots));
            Assert.True(report.Threads > 1 && report.JittedMethods > 0, $"{report.Threads} threads, {report.JittedMethods} methods jitted");
        }
    }
}
