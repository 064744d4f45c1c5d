using Xunit;

namespace ProcurementSim.Testing.Python;

/// <summary>
/// A fact that needs python3 with pandas (Debian's python3-pandas). It is never skipped: tests/run.sh installs the package
/// when it is missing, and a machine without it fails the test with a sentence saying how to get it
/// (<see cref="Pandas.RequiredPython"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PandasFactAttribute : FactAttribute;
