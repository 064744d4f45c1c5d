namespace ProcurementSim.Cli.Output;

/// <summary>Shows how many of an experiment's runs are done while <c>work</c> runs; the work reports runs done.</summary>
internal interface IRunsProgress
{
    Task<T> ShowAsync<T>(long runs, Func<IProgress<long>, Task<T>> work);
}
