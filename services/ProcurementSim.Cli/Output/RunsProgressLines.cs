namespace ProcurementSim.Cli.Output;

/// <summary>
/// An experiment's progress for a log or a pipe: a line at each further tenth of the runs, and at least every
/// <see cref="Interval"/> while runs keep finishing, so a CI log shows the experiment is alive.
/// </summary>
internal sealed class RunsProgressLines(TextWriter error) : IRunsProgress
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public Task<T> ShowAsync<T>(long runs, Func<IProgress<long>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(new Lines(error, runs));
    }

    private sealed class Lines(TextWriter error, long total) : IProgress<long>
    {
        private readonly RunsRate _rate = new(total);
        private long _tenthsShown;
        private TimeSpan _lastLine;

        public void Report(long value)
        {
            if (total <= 0) return;
            var tenths = Math.Clamp(value * 10 / total, 0, 10);
            if (tenths <= _tenthsShown && _rate.Elapsed - _lastLine < Interval) return;
            _tenthsShown = Math.Max(_tenthsShown, tenths);
            _lastLine = _rate.Elapsed;
            error.WriteLine(_rate.Describe(value));
        }
    }
}
