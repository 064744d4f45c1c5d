using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>An experiment's progress at a terminal: a Spectre bar with runs done, runs/s and the time left, cleared at the end.</summary>
internal sealed class RunsProgressBar(IAnsiConsole console) : IRunsProgress
{
    public Task<T> ShowAsync<T>(long runs, Func<IProgress<long>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var rate = new RunsRate(runs);
        return console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(rate.Describe(0), maxValue: Math.Max(1, runs));
                return await work(new Bar(task, rate)).ConfigureAwait(false);
            });
    }

    private sealed class Bar(ProgressTask task, RunsRate rate) : IProgress<long>
    {
        public void Report(long value)
        {
            task.Value = value;
            task.Description = rate.Describe(value);
        }
    }
}
