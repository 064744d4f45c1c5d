using System.Globalization;

namespace ProcurementSim.Cli.Output;

/// <summary>Progress for a log or a pipe: one line each time another tenth of the weeks is played.</summary>
internal sealed class PlainProgressDisplay(TextWriter error) : IProgressDisplay
{
    public Task<T> ShowAsync<T>(int weeks, Func<IProgress<int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(new Lines(error, weeks));
    }

    private sealed class Lines(TextWriter error, int weeks) : IProgress<int>
    {
        private int _tenthsShown;

        public void Report(int value)
        {
            if (weeks <= 0)
            {
                return;
            }

            var tenths = Math.Clamp(value * 10 / weeks, 0, 10);
            if (tenths <= _tenthsShown)
            {
                return;
            }

            _tenthsShown = tenths;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"week {value}/{weeks} ({value * 100 / weeks} %)"));
        }
    }
}
