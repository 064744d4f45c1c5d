using Microsoft.Extensions.Logging;

namespace ProcurementSim.ServiceDefaults;

/// <summary>Logging scopes shared by the services, so every line of a run carries its run id.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Opens a scope whose property <c>RunId</c> is <paramref name="runId"/>; the console shows it as
    /// <c>=&gt; RunId:abc</c>. Dispose it at the end of the work: <c>using var _ = logger.BeginRunScope(runId);</c>
    /// </summary>
    public static IDisposable BeginRunScope(this ILogger logger, string runId)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return logger.BeginScope("RunId:{RunId}", runId) ?? NullScope.Instance;
    }

    /// <summary>As <see cref="BeginRunScope(ILogger, string)"/>, with the actor id as scope property <c>ActorId</c>.</summary>
    public static IDisposable BeginRunScope(this ILogger logger, string runId, int actorId)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return logger.BeginScope("RunId:{RunId} ActorId:{ActorId}", runId, actorId) ?? NullScope.Instance;
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}
