using Xunit;

namespace ProcurementSim.Testing.Browser;

/// <summary>
/// A fact that needs Debian's chromium. It is never skipped: tests/run.sh installs chromium when it is missing, and a
/// machine without it fails the test with a sentence saying how to get it (<see cref="Chromium.RequiredPath"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute;
