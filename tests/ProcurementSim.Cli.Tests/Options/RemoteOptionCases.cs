using ProcurementSim.Testing.Network;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>
/// <c>--remote</c>, <c>--ca</c> and <c>--api-key-file</c> on each command that has them, checked without an orchestrator:
/// a bad address, an unreachable one, an unreadable authorities file, a missing or empty key file. The commands against
/// real orchestrators are in RemoteCommandTests and SecureRemoteCommandTests.
/// </summary>
internal static class RemoteOptionCases
{
    public static IEnumerable<OptionCase> For(params string[] commands) => commands.SelectMany(Cases);

    private static IEnumerable<OptionCase> Cases(string command)
    {
        string[] Args(OptionRun run, params string[] options) => command switch
        {
            "compare" => ["compare", OptionTable.Minimal, "--runs", "2", "--out", run.Temp.File("out"), .. options],
            "sweep" => ["sweep", OptionTable.Minimal, "--samples", "2", "--out", run.Temp.File("out"), .. options],
            "run" => ["run", OptionTable.Minimal, "--out", run.Temp.File("out"), .. options],
            // The standoff: the minimal scenario has no levers to search, and that is refused before the orchestrator is called.
            "optimize" => ["optimize", ReferenceScenarios.StandoffPath, "-s", "structured_replacement", "--population", "4", "--generations", "0", "--states", "2",
                "--out", run.Temp.File("out"), .. options],
            _ => [command, OptionTable.Minimal, .. options],
        };

        yield return new(command, "--remote", ["--remote"], run =>
        {
            run.Fails(2, "--remote expects the orchestrator's address, such as http://127.0.0.1:5100; 'localhost:5100' is not one.", Args(run, "--remote", "localhost:5100"));
            var unreachable = $"http://127.0.0.1:{FreeTcpPort.Take(1)[0]}";
            var outcome = run.Fails(3, $"procsim: cannot reach the orchestrator at {unreachable}: ", Args(run, "--remote", unreachable));
            Assert.Empty(outcome.Output);
            Assert.False(File.Exists(run.Temp.File("out/result.json")));
        });
        yield return new(command, "--ca", ["--ca"], run =>
        {
            var missing = run.Temp.File("missing-ca.pem");
            run.Fails(2, $"the certificate authorities file '{missing}' (--ca or PROCSIM_CA) cannot be read",
                Args(run, "--remote", $"https://127.0.0.1:{FreeTcpPort.Take(1)[0]}", "--ca", missing));
        });
        yield return new(command, "--api-key-file", ["--api-key-file"], run =>
        {
            var url = $"http://127.0.0.1:{FreeTcpPort.Take(1)[0]}";
            var missing = run.Temp.File("missing-key");
            run.Fails(2, $"procsim: --api-key-file '{missing}' cannot be read: ", Args(run, "--remote", url, "--api-key-file", missing));
            var empty = run.Temp.File("empty-key");
            File.WriteAllText(empty, "\n");
            run.Fails(2, $"procsim: --api-key-file '{empty}' is empty; put the orchestrator's API key in it.", Args(run, "--remote", url, "--api-key-file", empty));
        });
    }
}
