using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary><c>procsim sweep</c>'s own options (the shared ones are in <see cref="ExperimentOptionCases"/>).</summary>
internal static class SweepOptionCases
{
    public static IReadOnlyList<OptionCase> All { get; } =
    [
        new("sweep", "--design", ["--design"], run =>
        {
            foreach (var design in (string[])["lhs", "mc", "factorial"])
            {
                var dir = run.Temp.File(design);
                run.Succeeds("sweep", OptionTable.Minimal, "--design", design, "--samples", "2", "--out", dir);
                Assert.Equal(design, OptionTable.Header(Path.Combine(dir, "sweep.json")).GetProperty("design").GetString());
            }

            // sobol: N = 2 base rows over the standoff's 8 uncertainties (status_quo has no lever) give 2 × (8 + 2) samples.
            var sobol = run.Temp.File("sobol");
            run.Succeeds("sweep", ReferenceScenarios.StandoffPath, "--design", "sobol", "--samples", "2", "--strategies", "status_quo", "--out", sobol);
            var header = OptionTable.Header(Path.Combine(sobol, "sweep.json"));
            Assert.Equal(("sobol", 20), (header.GetProperty("design").GetString(), header.GetProperty("samples").GetInt32()));
            run.Fails(2, "procsim sweep: a Sobol design needs a base sample of at least 2 rows", "sweep", ReferenceScenarios.StandoffPath, "--design", "sobol", "--samples", "1", "--out", run.Temp.File("one"));
            run.Fails(2, "procsim sweep: a Sobol design varies the uncertainties (and levers) of the scenario, and this one has none to vary.", "sweep", OptionTable.Minimal, "--design", "sobol", "--out", run.Temp.File("none"));
            run.Fails(2, "--design expects lhs, mc, factorial or sobol; 'sobel' is not one.", "sweep", OptionTable.Minimal, "--design", "sobel");
        }),
        new("sweep", "--replications", ["--replications"], run =>
        {
            run.Succeeds("sweep", OptionTable.Minimal, "--replications", "2", "--samples", "2", "--strategies", "status_quo", "--out", run.Temp.Path);
            Assert.Equal(2, OptionTable.Header(run.Temp.File("sweep.json")).GetProperty("replications").GetInt32());
            // Columns state, sample, replication: two samples, each replicated twice.
            Assert.Equal(["0,0,0", "1,0,1", "2,1,0", "3,1,1"], File.ReadAllLines(run.Temp.File("runs.csv"))[1..].Select(r => string.Join(',', r.Split(',')[..3])));
            run.Fails(2, "--replications expects a whole number from 1 to 10,000", "sweep", OptionTable.Minimal, "--replications", "0");
        }),
        new("sweep", "--fail", ["--fail"], run =>
        {
            run.Succeeds("sweep", OptionTable.Minimal, "--fail", "capability_gap_weeks > 2", "--samples", "2", "--out", run.Temp.Path);
            Assert.Equal("capability_gap_weeks > 2", OptionTable.Header(run.Temp.File("sweep.json")).GetProperty("fail").GetString());
            run.Fails(2, "--fail \"capability_gap_weeks >\": column", "sweep", OptionTable.Minimal, "--fail", "capability_gap_weeks >", "--out", run.Temp.File("bad"));
        }),
        new("sweep", "--parquet", ["--parquet"], run =>
        {
            run.Succeeds("sweep", OptionTable.Minimal, "--samples", "2", "--out", run.Temp.File("plain"));
            Assert.False(File.Exists(run.Temp.File("plain/runs.parquet")));
            var outcome = run.Succeeds("sweep", OptionTable.Minimal, "--parquet", "--samples", "2", "--out", run.Temp.File("parquet"));
            var parquet = run.Temp.File("parquet/runs.parquet");
            Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
            Assert.Contains(parquet, outcome.Output, StringComparison.Ordinal);
        }),
    ];
}
