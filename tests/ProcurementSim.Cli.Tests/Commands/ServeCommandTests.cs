using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "--port must be between 1 and 65535; 70000 was given")]
    [InlineData("--bind", "localhost-ish", "--bind must be an IP address (e.g. 127.0.0.1 or 0.0.0.0); 'localhost-ish' was given")]
    public void A_bad_port_or_address_is_refused_with_exit_code_2_before_anything_listens(string option, string value, string sentence)
    {
        using var temp = new TempDirectory();
        var store = Path.Combine(temp.Path, "seminar.db");

        var outcome = Procsim.Run("serve", option, value, "--store", store);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains(sentence, outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(store)); // refused before the store was opened
    }
}
