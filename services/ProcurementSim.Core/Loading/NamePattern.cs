namespace ProcurementSim.Core.Loading;

/// <summary>Which spelling a name must have.</summary>
internal enum NamePattern
{
    /// <summary><c>[a-z0-9][a-z0-9_-]*</c>: scenario, vendor and strategy names.</summary>
    Identifier,
    /// <summary><c>[a-z0-9_]+</c>: category names.</summary>
    Category,
    /// <summary><c>[a-z0-9][a-z0-9_.-]*</c>: names of uncertainties and levers (column names of runs.csv).</summary>
    Input,
}
