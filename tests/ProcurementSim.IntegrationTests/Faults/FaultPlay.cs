using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>Starting runs of the reference scenario and waiting on them, for the fault tests.</summary>
public static class FaultPlay
{
    /// <summary>The strategy every fault test plays: it uses every actor (negotiation, solicitation, bids, awards, notice).</summary>
    public const string Strategy = "structured_replacement";

    /// <summary>A run this far in (of 104 ticks) is in the middle of its play when the fault comes.</summary>
    public const int MidRunTicks = 10;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>Starts one run of the standoff per seed.</summary>
    public static async Task<List<FaultRun>> StartAsync(OrchestratorApi api, IEnumerable<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(api);
        var text = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var runs = new List<FaultRun>();
        foreach (var seed in seeds)
        {
            var started = await api.StartRunAsync(new StartRunRequest { ScenarioYaml = text, ScenarioFile = ReferenceScenarios.Standoff, Strategy = Strategy, Seed = seed });
            runs.Add(new FaultRun(started.RunId, ReferenceScenarios.Standoff, Strategy, seed));
        }

        return runs;
    }

    /// <summary>Polls ListRuns until <paramref name="condition"/> holds for the listed <paramref name="runs"/>.</summary>
    public static async Task<RunSummary[]> UntilAsync(OrchestratorApi api, IReadOnlyList<FaultRun> runs, Func<RunSummary[], bool> condition, Func<string> context)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(context);
        var ids = runs.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var listed = (await api.ListRunsAsync()).Runs.Where(r => ids.Contains(r.RunId)).ToArray();
            if (listed.Length == ids.Count && condition(listed))
            {
                return listed;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"The runs did not get there in {Timeout}: {string.Join("; ", listed.Select(r => $"{r.RunId} {r.State} {r.TicksDone}/{r.Ticks} {r.Error}"))}\n{context()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>True when one of the runs is at least <see cref="MidRunTicks"/> ticks into its play.</summary>
    public static bool OneMidRun(RunSummary[] runs) => runs.Any(r => r.State == RunState.Running && r.TicksDone >= MidRunTicks);

    /// <summary>True when every run has ended.</summary>
    public static bool AllEnded(RunSummary[] runs) => runs.All(r => r.State is RunState.Completed or RunState.Failed or RunState.Cancelled);
}
