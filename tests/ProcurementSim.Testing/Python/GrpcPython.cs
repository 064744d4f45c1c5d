namespace ProcurementSim.Testing.Python;

/// <summary>
/// What docs/examples/python-client needs: a python3 that imports grpc and google.protobuf (Debian's python3-grpcio and
/// python3-protobuf), protoc and grpc_python_plugin (protobuf-compiler, protobuf-compiler-grpc). tests/run.sh installs
/// them when missing; a test that needs them fails, never skips, with how to get them.
/// </summary>
public static class GrpcPython
{
    /// <summary>The sentence a test fails with when something is missing.</summary>
    public const string Missing =
        "no python3 with grpc, or no protoc and grpc_python_plugin: run tests/run.sh, which installs them, or " +
        "apt-get install -y python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc";

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The python3 to run the example with; fails the test with how to install what is missing.</summary>
    public static string RequiredPython => Found.Value ?? throw new InvalidOperationException(Missing);

    private static string? Find()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (!new[] { "protoc", "grpc_python_plugin" }.All(tool => path.Any(dir => File.Exists(Path.Combine(dir, tool)))))
        {
            return null;
        }

        return path.Select(dir => Path.Combine(dir, "python3")).Append("/usr/bin/python3").Distinct(StringComparer.Ordinal)
            .Where(File.Exists).FirstOrDefault(python => Pandas.Runs(python, "import grpc, google.protobuf"));
    }
}
