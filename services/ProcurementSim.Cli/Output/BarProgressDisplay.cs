using System.Globalization;
using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>Progress at a terminal: a Spectre bar, "week n/T", cleared when the run ends.</summary>
internal sealed class BarProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    public Task<T> ShowAsync<T>(int weeks, Func<IProgress<int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Label(0, weeks), maxValue: Math.Max(1, weeks));
                return await work(new Bar(task, weeks)).ConfigureAwait(false);
            });
    }

    private static string Label(int value, int weeks) => string.Create(CultureInfo.InvariantCulture, $"week {value}/{weeks}");

    private sealed class Bar(ProgressTask task, int weeks) : IProgress<int>
    {
        public void Report(int value)
        {
            task.Value = value;
            task.Description = Label(value, weeks);
        }
    }
}
