namespace ProcurementSim.Cli.Output;

/// <summary>Shows how far a remote run has got while <c>work</c> runs; the work reports the weeks played.</summary>
internal interface IProgressDisplay
{
    Task<T> ShowAsync<T>(int weeks, Func<IProgress<int>, Task<T>> work);
}
