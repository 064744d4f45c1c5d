using Microsoft.Extensions.Logging;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class LoggingExtensionsTests
{
    [Fact]
    public void A_run_scope_carries_the_run_id_as_property_RunId()
    {
        var logger = new ScopeRecordingLogger();

        using (logger.BeginRunScope("run-42"))
        {
        }

        var scope = Assert.IsAssignableFrom<IReadOnlyList<KeyValuePair<string, object?>>>(Assert.Single(logger.Scopes));
        Assert.Contains(new KeyValuePair<string, object?>("RunId", "run-42"), scope);
        Assert.Equal("RunId:run-42", scope.ToString());
    }

    [Fact]
    public void An_actor_run_scope_carries_both_ids()
    {
        var logger = new ScopeRecordingLogger();

        using (logger.BeginRunScope("run-42", 3))
        {
        }

        var scope = Assert.IsAssignableFrom<IReadOnlyList<KeyValuePair<string, object?>>>(Assert.Single(logger.Scopes));
        Assert.Contains(new KeyValuePair<string, object?>("ActorId", 3), scope);
    }

    private sealed class ScopeRecordingLogger : ILogger
    {
        public List<object> Scopes { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            Scopes.Add(state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
