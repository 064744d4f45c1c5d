using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary><c>--remote https://...</c> with <c>--ca</c>/PROCSIM_CA and the API key, against the four services over TLS in process.</summary>
public sealed class SecureRemoteCommandTests(SecureSystem system) : IClassFixture<SecureSystem>
{
    private static readonly string[] FileNames = ["result.json", "timeline.csv", "report.html"];

    private string Url => system.OrchestratorAddress;

    private static CliEnvironment With(string? apiKey = null, string? caPath = null) =>
        Procsim.DefaultEnvironment with { ApiKey = apiKey, CaPath = caPath };

    [Fact]
    public void Run_remote_over_tls_with_the_ca_and_the_key_writes_the_embedded_files_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var path = ReferenceScenarios.StandoffPath;

        var embedded = Procsim.Run(["run", path, "--strategy", "structured_replacement", "--out", temp.File("embedded")]);
        var remote = Procsim.Run(With(apiKey: SecureSystem.ApiKey),
            ["run", path, "--strategy", "structured_replacement", "--out", temp.File("remote"), "--remote", Url, "--ca", system.Certificates.CaPath]);

        Assert.True(remote.ExitCode == 0, remote.ToString());
        Assert.StartsWith("https://", Url, StringComparison.Ordinal);
        foreach (var name in FileNames)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("embedded"), name)), File.ReadAllBytes(Path.Combine(temp.File("remote"), name)));
        }
    }

    [Fact]
    public void Validate_remote_reads_the_ca_from_procsim_ca_and_the_key_from_a_file()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("key"), SecureSystem.ApiKey + "\n");   // a trailing newline, as `echo` leaves it

        var outcome = Procsim.Run(With(caPath: system.Certificates.CaPath),
            "validate", ReferenceScenarios.TeachingMinimalPath, "--remote", Url, "--api-key-file", temp.File("key"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath).Output, outcome.Output);
    }

    [Fact]
    public void Without_the_key_procsim_prints_the_orchestrators_sentence_and_exits_2()
    {
        var outcome = Procsim.Run(With(caPath: system.Certificates.CaPath), "validate", ReferenceScenarios.TeachingMinimalPath, "--remote", Url);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"procsim: the orchestrator at {Url} refused to validate the scenario (Unauthenticated): This orchestrator requires an API key: send it as x-api-key metadata (procsim reads it from PROCSIM_API_KEY or --api-key-file FILE).",
            outcome.Error.Trim());
    }

    [Fact]
    public void With_a_wrong_key_procsim_exits_2_and_never_prints_the_key()
    {
        const string wrong = "not-the-key-0123456789";
        using var temp = new TempDirectory();

        var outcome = Procsim.Run(With(apiKey: wrong, caPath: system.Certificates.CaPath),
            "run", ReferenceScenarios.TeachingMinimalPath, "--out", temp.Path, "--remote", Url);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("(Unauthenticated): The API key sent in x-api-key is not this orchestrator's", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, outcome.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_the_servers_authority_procsim_is_refused_with_a_sentence_naming_the_ca_option(bool trustsAnotherAuthority)
    {
        var outcome = Procsim.Run(With(apiKey: SecureSystem.ApiKey, caPath: trustsAnotherAuthority ? system.Certificates.OtherCaPath : null),
            "validate", ReferenceScenarios.TeachingMinimalPath, "--remote", Url);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"procsim: cannot reach the orchestrator at {Url}: its TLS certificate is not trusted (", outcome.Error, StringComparison.Ordinal);
        Assert.EndsWith("); give the authority that signed it with --ca FILE or PROCSIM_CA.", outcome.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_key_file_that_does_not_exist_exits_2_with_a_sentence()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath, "--remote", Url, "--api-key-file", temp.File("missing"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"procsim: --api-key-file '{temp.File("missing")}' cannot be read: ", outcome.Error, StringComparison.Ordinal);
    }
}
