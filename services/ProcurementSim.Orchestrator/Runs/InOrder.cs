using System.Runtime.ExceptionServices;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// Awaits parallel calls and, when several fail, rethrows the failure of the first in the order given (Task.WhenAll
/// rethrows in completion order), so a run that fails on many actors fails with the same sentence every time.
/// </summary>
public static class InOrder
{
    public static async Task<T[]> WhenAll<T>(IEnumerable<Task<T>> calls)
    {
        var tasks = calls.ToArray();
        try
        {
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception) when (tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
            throw;
        }
    }

    public static async Task WhenAll(IEnumerable<Task> calls)
    {
        var tasks = calls.ToArray();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception) when (tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
            throw;
        }
    }
}
