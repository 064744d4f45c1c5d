using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ProcurementSim.Testing.Deploy;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;
using YamlDotNet.RepresentationModel;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary>
/// deploy/k8s/sweep's Jobs without a cluster: each container's command is run by /bin/sh as its pod would run it
/// (JOB_COMPLETION_INDEX 0 … completions − 1), with the built procsim on PATH, the pod's mounts moved under a temp
/// folder, and the sweep's --samples cut to a hundredth. The merge of the shards must be the unsharded sweep's bytes,
/// and a missing shard must fail the merge with exit code 2, the code its podFailurePolicy does not retry.
/// </summary>
public sealed class SweepJobTests
{
    private static readonly string SweepFolder = Manifests.Folder("deploy", "k8s", "sweep");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_sweep_jobs_commands_played_shard_by_shard_and_merged_write_the_unsharded_sweeps_bytes()
    {
        using var temp = new TempDirectory("procsim-sweep-job-");
        var sweep = Manifests.OnlyOf(SweepFolder, "Job");
        var merge = Manifests.OnlyOf(Path.Combine(SweepFolder, "merge"), "Job");
        var n = int.Parse(sweep.Text("spec", "completions")!, CultureInfo.InvariantCulture);
        var sweepContainer = sweep.PodSpec()!.Items("containers").Single();
        var mergeContainer = merge.PodSpec()!.Items("containers").Single();
        // The scenario ConfigMap's key, as deploy/README.md creates it.
        Directory.CreateDirectory(Path.Combine(temp.Path, "scenario"));
        File.Copy(ReferenceScenarios.StandoffPath, Path.Combine(temp.Path, "scenario", "scenario.yaml"));
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        WriteProcsim(bin);

        var shardArgv = Remap(sweepContainer, temp.Path);
        var samples = Regex.Match(shardArgv[^1], "--samples ([0-9]+)");
        Assert.True(samples.Success, shardArgv[^1]);
        var smaller = int.Parse(samples.Groups[1].Value, CultureInfo.InvariantCulture) / 100;
        shardArgv[^1] = shardArgv[^1].Replace(samples.Value, $"--samples {smaller}", StringComparison.Ordinal);
        // Two shards at a time, like a Job's parallelism (the order does not matter: each writes its own folder).
        var indexes = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < n; i += 2)
        {
            var played = await Task.WhenAll(indexes.Skip(i).Take(2).Select(index => Run(shardArgv, bin, index)));
            Assert.All(played, p => Assert.True(p.ExitCode == 0, p.Output));
        }

        var mergeArgv = Remap(mergeContainer, temp.Path);
        var merged = await Run(mergeArgv, bin, index: null);
        Assert.True(merged.ExitCode == 0, merged.Output);

        // The same sweep unsharded: the shard's command without --shard, into its own folder.
        var whole = Path.Combine(temp.Path, "whole");
        var wholeArgv = shardArgv.ToArray();
        wholeArgv[^1] = Regex.Replace(wholeArgv[^1], "--shard .*$", $"--out {whole}");
        Assert.DoesNotContain("--shard", wholeArgv[^1], StringComparison.Ordinal);
        var unsharded = await Run(wholeArgv, bin, index: null);
        Assert.True(unsharded.ExitCode == 0, unsharded.Output);
        var mergedFolder = Regex.Match(mergeArgv[^1], @"--out (\S+)").Groups[1].Value;
        foreach (var file in (string[])["sweep.json", "runs.csv", "runs.parquet", "report.html"])
        {
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(mergedFolder, file))), $"{file} differs from the unsharded sweep's");
        }
        Assert.Equal(smaller * 7 + 1, File.ReadAllLines(Path.Combine(mergedFolder, "runs.csv")).Length);

        // A shard gone: the merge names it and exits 2, which the merge Job's podFailurePolicy fails at once.
        var shards = Path.Combine(temp.Path, "results", "shards");
        Directory.Delete(Path.Combine(shards, "7"), recursive: true);
        var refused = await Run(mergeArgv, bin, index: null);
        Assert.True(refused.ExitCode == 2, refused.Output);
        Assert.Contains(Path.Combine(shards, "7"), refused.Output, StringComparison.Ordinal);
        Assert.Contains("2", merge.Items("spec", "podFailurePolicy", "rules").SelectMany(r => r.Items("onExitCodes", "values")).Select(v => ((YamlScalarNode)v).Value));
    }

    /// <summary>The container's command with its volumes' mount paths moved under <paramref name="root"/> (/results → ROOT/results).</summary>
    private static string[] Remap(YamlNode container, string root)
    {
        var argv = container.Argv();
        Assert.True(argv.Length == 3 && argv[0] == "/bin/sh" && argv[1] == "-c", string.Join(' ', argv));
        var script = argv[2];
        foreach (var mount in container.Items("volumeMounts").Select(m => m.Text("mountPath")!.TrimEnd('/')).Where(m => m != "/tmp"))
        {
            script = script.Replace(mount + "/", root + mount + "/", StringComparison.Ordinal);
        }
        Assert.DoesNotContain(" /results", script, StringComparison.Ordinal);
        return ["/bin/sh", "-c", script];
    }

    /// <summary>A procsim on PATH, as the image's /usr/local/bin/procsim: the built procsim.dll under dotnet.</summary>
    private static void WriteProcsim(string bin)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var script = Path.Combine(bin, "procsim");
        File.WriteAllText(script, $"#!/bin/sh\nexec '{dotnet}' '{typeof(CliApp).Assembly.Location}' \"$@\"\n");
        Assert.False(OperatingSystem.IsWindows(), "the Jobs run /bin/sh: Linux or macOS");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    private static async Task<(int ExitCode, string Output)> Run(string[] argv, string bin, int? index)
    {
        var start = new ProcessStartInfo(argv[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in argv[1..]) start.ArgumentList.Add(a);
        start.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("PROCSIM_DEBUG");
        if (index is { } i) start.Environment["JOB_COMPLETION_INDEX"] = i.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', argv)} did not end within {Timeout}");
        }
        return (process.ExitCode, $"{string.Join(' ', argv)} (index {index}): exit {process.ExitCode}\n{await stdout}\n{await stderr}");
    }
}
