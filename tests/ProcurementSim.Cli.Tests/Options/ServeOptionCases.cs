namespace ProcurementSim.Cli.Tests.Options;

/// <summary>
/// <c>procsim serve</c>'s options, checked without starting the server: a bad value is refused with a sentence before
/// anything listens, and a good one reaches the command as given (through the real parser).
/// </summary>
internal static class ServeOptionCases
{
    public static IReadOnlyList<OptionCase> All { get; } =
    [
        new("serve", "--port", ["--port"], run =>
        {
            Assert.Equal(5099, run.Parses("serve", "--port", "5099").GetValue<int>("--port"));
            Assert.Equal(5080, run.Parses("serve").GetValue<int>("--port"));
            run.Fails(2, "--port must be between 1 and 65535; 70000 was given", "serve", "--port", "70000", "--store", run.Temp.File("seminar.db"));
            run.Fails(2, "'x'", "serve", "--port", "x");
            Assert.False(File.Exists(run.Temp.File("seminar.db")));
        }),
        new("serve", "--bind", ["--bind"], run =>
        {
            Assert.Equal("0.0.0.0", run.Parses("serve", "--bind", "0.0.0.0").GetValue<string>("--bind"));
            Assert.Equal("127.0.0.1", run.Parses("serve").GetValue<string>("--bind"));
            run.Fails(2, "--bind must be an IP address (e.g. 127.0.0.1 or 0.0.0.0); 'example.org' was given", "serve", "--bind", "example.org", "--store", run.Temp.File("seminar.db"));
            Assert.False(File.Exists(run.Temp.File("seminar.db")));
        }),
        new("serve", "--store", ["--store"], run =>
        {
            Assert.Equal("games.db", run.Parses("serve", "--store", "games.db").GetValue<string>("--store"));
            Assert.Equal("seminar.db", run.Parses("serve").GetValue<string>("--store"));
            run.Fails(2, "--store", "serve", "--store");
        }),
        new("serve", "--scenarios", ["--scenarios"], run =>
        {
            Assert.Equal("my-scenarios", run.Parses("serve", "--scenarios", "my-scenarios").GetValue<string>("--scenarios"));
            Assert.Equal("scenarios", run.Parses("serve").GetValue<string>("--scenarios"));
            run.Fails(2, "--scenarios", "serve", "--scenarios");
        }),
        new("serve", "--workbench-store", ["--workbench-store"], run =>
        {
            Assert.Equal("plans.db", run.Parses("serve", "--workbench-store", "plans.db").GetValue<string>("--workbench-store"));
            Assert.Equal("workbench.db", run.Parses("serve").GetValue<string>("--workbench-store"));
            run.Fails(2, "--workbench-store", "serve", "--workbench-store");
        }),
        new("serve", "--workbench-key", ["--workbench-key"], run =>
        {
            Assert.Equal("s3cret", run.Parses("serve", "--workbench-key", "s3cret").GetValue<string?>("--workbench-key"));
            // Unset: the environment's PROCSIM_WORKBENCH_KEY or none (loopback only), decided when the server starts.
            Assert.Null(run.Parses("serve").GetValue<string?>("--workbench-key"));
            run.Fails(2, "--workbench-key", "serve", "--workbench-key");
        }),
    ];
}
