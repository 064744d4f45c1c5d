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
    ];
}
