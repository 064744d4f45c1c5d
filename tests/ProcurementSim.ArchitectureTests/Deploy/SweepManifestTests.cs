using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Testing.Deploy;
using YamlDotNet.RepresentationModel;

namespace ProcurementSim.ArchitectureTests.Deploy;

/// <summary>
/// deploy/k8s/sweep: a sweep played in shards by an Indexed Job, merged by a second Job from the same volume
/// (deploy/README.md, "A million-run sweep on a cluster"). No cluster here: the manifests are parsed with YamlDotNet,
/// and each container's command is run by /bin/sh as the pod would run it, with a stand-in procsim that prints its
/// arguments, so the shard each completion index plays and the folders it writes are what the shell computes.
/// </summary>
public sealed class SweepManifestTests
{
    private static readonly string SweepFolder = Manifests.Folder("deploy", "k8s", "sweep");
    private static readonly string MergeFolder = Path.Combine(SweepFolder, "merge");
    private static readonly string[] Folders = [SweepFolder, MergeFolder];

    [Fact]
    public void Each_kustomization_of_the_sweep_lists_every_manifest_of_its_folder_and_sets_every_image()
    {
        foreach (var folder in Folders)
        {
            var kustomization = Manifests.Load(Path.Combine(folder, "kustomization.yaml")).Single();
            var listed = kustomization.Items("resources").Select(r => ((YamlScalarNode)r).Value!).Order(StringComparer.Ordinal);
            var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                .Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);

            Assert.Equal(files, listed);
            Assert.Equal("procurementsim", kustomization.Text("namespace"));
            var images = kustomization.Items("images").Select(i => i.Text("name")).ToHashSet();
            var used = Manifests.LoadFolder(folder).Select(m => m.Document.PodSpec()).OfType<YamlNode>()
                .SelectMany(p => p.Containers()).Select(c => c.Text("image")!).ToArray();
            Assert.NotEmpty(used);
            Assert.All(used, image => Assert.Contains(image.Split(':')[0], images));
        }
    }

    [Fact]
    public void Applying_the_services_does_not_start_a_sweep()
    {
        var services = Manifests.Load(Manifests.Folder("deploy", "k8s", "kustomization.yaml")).Single();
        var resources = services.Items("resources").Select(r => ((YamlScalarNode)r).Value!).ToArray();

        Assert.Contains("orchestrator.yaml", resources);
        Assert.DoesNotContain(resources, r => r.Contains("sweep", StringComparison.Ordinal) || r.Contains("merge", StringComparison.Ordinal));
        Assert.DoesNotContain(Manifests.LoadFolder(Manifests.Folder("deploy", "k8s")), m => m.Document.Text("kind") == "Job");
    }

    [Fact]
    public void The_sweep_is_an_indexed_job_whose_pod_of_index_i_plays_shard_i_plus_1_of_completions_into_the_shared_volume()
    {
        var job = SweepJob();
        var n = Completions(job);
        var pod = job.PodSpec()!;
        var container = pod.Items("containers").Single();

        Assert.Equal("Indexed", job.Text("spec", "completionMode"));
        Assert.InRange(Int(job, "spec", "parallelism"), 1, n);
        Assert.True(job.At("spec", "backoffLimitPerIndex") is not null || job.At("spec", "backoffLimit") is not null, "no backoffLimitPerIndex nor backoffLimit");
        Assert.True(Int(job, "spec", "ttlSecondsAfterFinished") > 0);
        Assert.Equal("Never", pod.Text("restartPolicy")); // required by backoffLimitPerIndex and podFailurePolicy
        Assert.All(job.Items("spec", "podFailurePolicy", "rules").Select(r => r.Text("onExitCodes", "containerName")).OfType<string>(),
            name => Assert.Equal(container.Text("name"), name));

        var results = MountOfClaim(pod, container, ResultsClaim());
        var scenario = MountOf(pod, container, v => v.At("configMap") is not null);
        var outputs = new List<string>();
        for (var index = 0; index < n; index++)
        {
            var args = RunCommand(container, index);
            Assert.True(args[0] is "sweep" or "compare", string.Join(' ', args));
            Assert.StartsWith(scenario + "/", args[1], StringComparison.Ordinal);
            Assert.Equal($"{index + 1}/{n}", After(args, "--shard"));
            var output = After(args, "--out");
            Assert.StartsWith(results + "/", output, StringComparison.Ordinal);
            outputs.Add(output);
        }
        Assert.Equal(n, outputs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_merge_job_merges_exactly_the_shards_the_sweep_writes_from_the_same_volume()
    {
        var sweep = SweepJob();
        var n = Completions(sweep);
        var sweepContainer = sweep.PodSpec()!.Items("containers").Single();
        var shards = Enumerable.Range(0, n).Select(i => After(RunCommand(sweepContainer, i), "--out")).ToArray();
        var claim = ResultsClaim();
        var merge = Manifests.LoadFolder(MergeFolder).Select(m => m.Document).Single(d => d.Text("kind") == "Job");
        var pod = merge.PodSpec()!;
        var container = pod.Items("containers").Single();

        var args = RunCommand(container, index: null);

        Assert.Equal("merge", args[0]);
        var outIndex = Array.IndexOf(args, "--out");
        Assert.Equal(shards, args[1..outIndex]);
        var merged = args[outIndex + 1];
        // The same volume at the same path in both pods, so the merge reads the folders the shards wrote.
        var results = MountOfClaim(pod, container, claim);
        Assert.Equal(MountOfClaim(sweep.PodSpec()!, sweepContainer, claim), results);
        Assert.StartsWith(results + "/", merged, StringComparison.Ordinal);
        Assert.DoesNotContain(shards, s => merged.StartsWith(s, StringComparison.Ordinal) || s.StartsWith(merged, StringComparison.Ordinal));
        Assert.True(Int(merge, "spec", "ttlSecondsAfterFinished") > 0);
        Assert.True(merge.At("spec", "backoffLimit") is not null);
        // The pod that kubectl cp copies the results from reads that volume too.
        var reader = Manifests.LoadFolder(MergeFolder).Select(m => m.Document).Single(d => d.Text("kind") == "Pod");
        Assert.Equal(results, MountOfClaim(reader.PodSpec()!, reader.PodSpec()!.Items("containers").Single(), claim));
    }

    [Fact]
    public void The_results_volume_is_shared_read_write_by_pods_on_several_nodes()
    {
        var claim = ResultsClaim();

        Assert.Contains("ReadWriteMany", claim.Items("spec", "accessModes").Select(m => ((YamlScalarNode)m).Value));
        Assert.NotNull(claim.Text("spec", "resources", "requests", "storage"));
    }

    [Fact]
    public void Every_container_runs_unprivileged_on_a_read_only_root_within_resource_limits()
    {
        var pods = Folders.SelectMany(Manifests.LoadFolder).Where(m => m.Document.PodSpec() is not null).ToArray();
        Assert.Equal(3, pods.Length); // the sweep, the merge, the results reader

        foreach (var (file, manifest) in pods)
        {
            var pod = manifest.PodSpec()!;
            var where = $"{file}: {manifest.Title()}";
            Assert.True(pod.Text("securityContext", "seccompProfile", "type") == "RuntimeDefault", $"{where}: seccompProfile RuntimeDefault");
            foreach (var c in pod.Containers())
            {
                var name = $"{where}, container {c.Text("name")}";
                Assert.True(c.Text("securityContext", "runAsNonRoot") == "true", $"{name}: runAsNonRoot");
                Assert.True(pod.Text("securityContext", "runAsUser") is { } uid && int.Parse(uid, CultureInfo.InvariantCulture) > 0, $"{name}: a non-zero runAsUser");
                Assert.True(c.Text("securityContext", "allowPrivilegeEscalation") == "false", $"{name}: allowPrivilegeEscalation false");
                Assert.True(c.Text("securityContext", "readOnlyRootFilesystem") == "true", $"{name}: readOnlyRootFilesystem");
                Assert.True(c.Items("securityContext", "capabilities", "drop").Any(d => ((YamlScalarNode)d).Value == "ALL"), $"{name}: drop ALL capabilities");
                foreach (var resource in (string[])["cpu", "memory"])
                {
                    var request = c.Text("resources", "requests", resource);
                    var limit = c.Text("resources", "limits", resource);
                    Assert.True(request is not null && limit is not null, $"{name}: a {resource} request and limit");
                    Assert.True(Quantity(request!) <= Quantity(limit!), $"{name}: {resource} request {request} over its limit {limit}");
                }
                if (string.Join(' ', c.Items("command").Concat(c.Items("args")).Select(a => ((YamlScalarNode)a).Value)).Contains("procsim", StringComparison.Ordinal))
                {
                    // procsim runs on .NET, which keeps its diagnostics sockets in /tmp: a writable emptyDir there.
                    Assert.True(MountOf(pod, c, v => v.At("emptyDir") is not null) == "/tmp", $"{name}: an emptyDir at /tmp");
                    Assert.True(Quantity(c.Text("resources", "limits", "memory")!) >= 512.0 * 1024 * 1024, $"{name}: procsim gets at least 512Mi");
                }
            }
        }
    }

    private static YamlMappingNode SweepJob() =>
        Manifests.LoadFolder(SweepFolder).Select(m => m.Document).Single(d => d.Text("kind") == "Job");

    private static YamlMappingNode ResultsClaim() =>
        Manifests.LoadFolder(SweepFolder).Select(m => m.Document).Single(d => d.Text("kind") == "PersistentVolumeClaim");

    private static int Completions(YamlNode job)
    {
        var n = Int(job, "spec", "completions");
        Assert.True(n > 1, $"completions {n}");
        return n;
    }

    private static int Int(YamlNode node, params string[] keys) =>
        int.Parse(node.Text(keys) ?? throw new Xunit.Sdk.XunitException($"no {string.Join('.', keys)}"), CultureInfo.InvariantCulture);

    private static string After(string[] args, string option)
    {
        var i = Array.IndexOf(args, option);
        Assert.True(i >= 0 && i + 1 < args.Length, $"no {option} in: {string.Join(' ', args)}");
        return args[i + 1];
    }

    /// <summary>Where the container mounts the volume that is the claim.</summary>
    private static string MountOfClaim(YamlNode pod, YamlNode container, YamlNode claim) =>
        MountOf(pod, container, v => v.Text("persistentVolumeClaim", "claimName") == claim.Text("metadata", "name"));

    /// <summary>Where the container mounts the (single) volume of the pod that matches.</summary>
    private static string MountOf(YamlNode pod, YamlNode container, Func<YamlNode, bool> volume)
    {
        var name = pod.Items("volumes").Where(volume).Select(v => v.Text("name")).Single();
        return container.Items("volumeMounts").Where(m => m.Text("name") == name).Select(m => m.Text("mountPath")!).Single().TrimEnd('/');
    }

    /// <summary>
    /// Runs the container's command and args with /bin/sh as the pod would (its environment, JOB_COMPLETION_INDEX as
    /// Kubernetes sets it in an Indexed Job), a stand-in procsim first on PATH printing one argument a line.
    /// </summary>
    private static string[] RunCommand(YamlNode container, int? index)
    {
        var argv = container.Items("command").Concat(container.Items("args")).Select(a => ((YamlScalarNode)a).Value!).ToArray();
        Assert.True(argv.Length > 0, "no command");
        var stub = Directory.CreateTempSubdirectory("procsim-k8s-");
        try
        {
            var procsim = Path.Combine(stub.FullName, "procsim");
            File.WriteAllText(procsim, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            Assert.False(OperatingSystem.IsWindows(), "the manifests run /bin/sh: Linux or macOS");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(procsim, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var start = new ProcessStartInfo(argv[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in argv[1..]) start.ArgumentList.Add(a);
            start.Environment.Clear();
            foreach (var e in container.Items("env").Where(e => e.Text("value") is not null)) start.Environment[e.Text("name")!] = e.Text("value");
            start.Environment["PATH"] = $"{stub.FullName}:/usr/local/bin:/usr/bin:/bin";
            if (index is { } i) start.Environment["JOB_COMPLETION_INDEX"] = i.ToString(CultureInfo.InvariantCulture);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the command did not end");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {stderr.Result}");
            return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            stub.Delete(recursive: true);
        }
    }

    /// <summary>A Kubernetes quantity in base units: 512Mi, 1Gi, 250m, "1".</summary>
    private static double Quantity(string text)
    {
        (string Suffix, double Factor)[] suffixes = [("Ki", 1024.0), ("Mi", 1024.0 * 1024), ("Gi", 1024.0 * 1024 * 1024), ("m", 0.001), ("k", 1e3), ("M", 1e6), ("G", 1e9)];
        foreach (var (suffix, factor) in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)) return double.Parse(text[..^suffix.Length], CultureInfo.InvariantCulture) * factor;
        }
        return double.Parse(text, CultureInfo.InvariantCulture);
    }
}
