namespace ProcurementSim.Workbench.Tests;

/// <summary>
/// The tests that start chromium or procsim child processes run one class at a time: together they would fill the
/// machine's two CPUs and time each other out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyTests
{
    public const string Name = "chromium and procsim processes";
}
