namespace ProcurementSim.Seminar.Tests;

/// <summary>
/// A fact that needs Debian's chromium. It is never skipped: tests/run.sh installs chromium when it is missing, and a
/// machine without it fails the test with a sentence saying how to get it (<see cref="Browser.ChromiumPath"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute;
