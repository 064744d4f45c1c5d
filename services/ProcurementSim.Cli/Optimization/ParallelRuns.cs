namespace ProcurementSim.Cli.Optimization;

/// <summary>
/// Plays <c>count</c> independent runs on <c>parallel</c> threads, in chunks, reporting the runs done after each chunk
/// from the calling thread (the progress displays are not thread-safe). Each run writes its own slot, so the results
/// do not depend on the number of threads. False when cancelled before every run was played.
/// </summary>
internal static class ParallelRuns
{
    public static bool Play(long count, int parallel, Action<long> play, Action<long> done, CancellationToken cancellationToken)
    {
        var chunk = Math.Max(64, 16 * parallel);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel };
        for (long start = 0; start < count; start += chunk)
        {
            if (cancellationToken.IsCancellationRequested) return false;
            var end = Math.Min(count, start + chunk);
            var stopped = false;
            Parallel.For(start, end, options, (i, loop) =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    stopped = true;
                    loop.Stop();
                    return;
                }
                play(i);
            });
            if (stopped || cancellationToken.IsCancellationRequested) return false;
            done(end - start);
        }
        return true;
    }
}
