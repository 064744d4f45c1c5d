using System.Diagnostics.CodeAnalysis;

/// <summary>
/// A .NET startup hook (DOTNET_STARTUP_HOOKS) that StartupTests load into a procsim child process: when the process
/// exits it writes the names of every assembly it loaded, one a line, to the file named by
/// <see cref="FileVariable"/>. The runtime looks the hook up by this exact name, in no namespace.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime finds a startup hook by the type name StartupHook in no namespace.")]
internal static class StartupHook
{
    /// <summary>The environment variable naming the file to write.</summary>
    public const string FileVariable = "PROCSIM_TEST_LOADED_ASSEMBLIES";

    /// <summary>Called by the runtime before procsim's Main.</summary>
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(file, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
    }
}
