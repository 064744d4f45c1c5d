using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Cli.Tests.Output;

public sealed class KeyEventListTests
{
    [Fact]
    public void At_most_thirty_key_events_are_listed_and_the_rest_are_counted()
    {
        var events = Enumerable.Range(0, 35)
            .SelectMany(i => new[]
            {
                new SimEvent(i, "award", "agency", "", $"key event {i}", Key: true),
                new SimEvent(i, "tasking", "agency", "", $"routine event {i}", Key: false),
            })
            .ToList();
        using var writer = new StringWriter();

        KeyEventList.Write(ConsoleFactory.Create(writer, Procsim.DefaultEnvironment), events);

        var text = writer.ToString();
        Assert.Contains("Key events (35)", text, StringComparison.Ordinal);
        Assert.Contains("key event 29", text, StringComparison.Ordinal);
        Assert.DoesNotContain("key event 30", text, StringComparison.Ordinal);
        Assert.DoesNotContain("routine event", text, StringComparison.Ordinal);
        Assert.Contains("… 5 more key events in report.html", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_key_events_are_all_listed_without_a_remainder_line()
    {
        var events = Enumerable.Range(0, 30).Select(i => new SimEvent(i, "award", "agency", "", $"key event {i}", Key: true)).ToList();
        using var writer = new StringWriter();

        KeyEventList.Write(ConsoleFactory.Create(writer, Procsim.DefaultEnvironment), events);

        Assert.Contains("key event 29", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("more key events", writer.ToString(), StringComparison.Ordinal);
    }
}
