using System.Diagnostics;
using System.Globalization;

namespace ProcurementSim.Cli.Output;

/// <summary>Runs done, runs per second and the time left, as both progress displays word them.</summary>
internal sealed class RunsRate(long total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public string Describe(long done)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? done / seconds : 0;
        var eta = rate > 0 && done < total ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture,
            $"runs {done:N0}/{total:N0} ({(total > 0 ? done * 100 / total : 100)} %), {rate:N0} runs/s, ETA {Eta(eta)}");
    }

    private static string Eta(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : t.TotalMinutes >= 1 ? t.ToString(@"m\:ss", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalSeconds):0} s");
}
