using System.Globalization;
using ProcurementSim.Testing.Deploy;
using YamlDotNet.RepresentationModel;

namespace ProcurementSim.ArchitectureTests.Deploy;

/// <summary>
/// deploy/k8s, the services: no cluster here, so the manifests are parsed and the properties the deployment relies on
/// are checked — who may reach whom (NetworkPolicy, evaluated as Kubernetes would for pods with these labels), probes
/// that do not restart a service for a broker outage, disruption budgets, images set in the kustomization, and a
/// restrictive securityContext on every container.
/// </summary>
public sealed class ServiceManifestTests
{
    private static readonly string Folder = Manifests.Folder("deploy", "k8s");
    private static readonly IReadOnlyList<YamlMappingNode> All = Manifests.LoadFolder(Folder).Select(m => m.Document).ToArray();
    private static readonly string[] ActorServices = ["agency", "vendor", "replacement-vendor"];
    private static readonly string[] ProcSimServices = [.. ActorServices, "orchestrator"];

    private static IEnumerable<YamlMappingNode> Workloads => All.Where(m => m.Text("kind") is "Deployment" or "StatefulSet");

    [Fact]
    public void The_kustomization_lists_every_manifest_but_the_secret_example_and_sets_every_image()
    {
        var kustomization = Manifests.Load(Path.Combine(Folder, "kustomization.yaml")).Single();
        var listed = kustomization.Items("resources").Select(r => ((YamlScalarNode)r).Value!).Order(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Folder, "*.yaml").Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not "kustomization.yaml" and not "secret.example.yaml").Order(StringComparer.Ordinal);
        Assert.Equal(files, listed);

        var images = kustomization.Items("images").Select(i => i.Text("name")).ToHashSet();
        var used = Workloads.SelectMany(w => w.PodSpec()!.Containers()).Select(c => c.Text("image")!.Split(':')[0]).ToArray();
        Assert.Equal(5, used.Length);
        Assert.All(used, image => Assert.Contains(image, images));
    }

    [Fact]
    public void Every_container_runs_unprivileged_as_a_non_root_user()
    {
        foreach (var workload in Workloads)
        {
            var pod = workload.PodSpec()!;
            Assert.True(pod.Text("securityContext", "runAsNonRoot") == "true", $"{workload.Title()}: runAsNonRoot");
            Assert.True(int.Parse(pod.Text("securityContext", "runAsUser")!, CultureInfo.InvariantCulture) > 0, $"{workload.Title()}: runAsUser");
            Assert.Equal("RuntimeDefault", pod.Text("securityContext", "seccompProfile", "type"));
            foreach (var container in pod.Containers())
            {
                Assert.Equal("false", container.Text("securityContext", "allowPrivilegeEscalation"));
                Assert.Equal(["ALL"], container.Items("securityContext", "capabilities", "drop").Select(d => ((YamlScalarNode)d).Value));
                Assert.NotNull(container.Text("resources", "limits", "memory"));
            }
        }
    }

    [Fact]
    public void A_procsim_service_is_restarted_only_when_its_process_fails_and_is_unready_when_its_dependencies_are()
    {
        foreach (var name in ProcSimServices)
        {
            var container = Workload(name).PodSpec()!.Containers().Single();
            var port = container.Text("readinessProbe", "grpc", "port");
            Assert.NotNull(port);
            Assert.Null(container.Text("readinessProbe", "grpc", "service"));   // "": every check, the broker's included
            Assert.Equal(port, container.Text("livenessProbe", "grpc", "port"));
            Assert.Equal(ServiceDefaults.HealthNames.Liveness, container.Text("livenessProbe", "grpc", "service"));
        }
    }

    [Fact]
    public void Every_service_with_more_than_one_replica_keeps_all_but_one_through_a_voluntary_disruption()
    {
        var budgets = All.Where(m => m.Text("kind") == "PodDisruptionBudget").ToArray();
        foreach (var workload in Workloads.Where(w => int.Parse(w.Text("spec", "replicas")!, CultureInfo.InvariantCulture) > 1))
        {
            var labels = Labels(workload.At("spec", "template", "metadata", "labels")!);
            var covering = budgets.Where(b => Selects(b.At("spec", "selector")!, labels)).ToArray();
            Assert.True(covering.Length == 1, $"{workload.Title()} has {covering.Length} disruption budgets");
            Assert.Equal("1", covering[0].Text("spec", "maxUnavailable"));
        }
    }

    [Theory]
    [InlineData("orchestrator", "agency", 5110, true)]
    [InlineData("vendor", "agency", 5110, true)]
    [InlineData("agency", "replacement-vendor", 5130, true)]
    [InlineData("replacement-vendor", "vendor", 5120, true)]
    [InlineData("rabbitmq", "agency", 5110, false)]
    [InlineData("procsim", "vendor", 5120, false)]        // a sweep shard's pod
    [InlineData("orchestrator", "agency", 5111, false)]   // the HTTP/1.1 port: only the kubelet needs it
    [InlineData("procsim", "orchestrator", 5100, true)]   // the API, behind its key
    [InlineData("agency", "orchestrator", 5101, false)]
    [InlineData("agency", "rabbitmq", 5672, true)]
    [InlineData("orchestrator", "rabbitmq", 5672, true)]
    [InlineData("procsim", "rabbitmq", 5672, false)]
    [InlineData("agency", "rabbitmq", 15672, false)]
    public void Network_policy_lets_only_the_intended_pods_connect(string from, string to, int port, bool allowed)
    {
        var source = new Dictionary<string, string> { ["app.kubernetes.io/name"] = from, ["app.kubernetes.io/part-of"] = "procurementsim" };
        var target = Labels(Workload(to).At("spec", "template", "metadata", "labels")!);

        Assert.Equal(allowed, Admits(target, source, port));
    }

    // Kubernetes' rule: a pod selected by no Ingress policy admits everything; otherwise a connection is admitted when
    // some rule of some policy selecting the pod admits its source and port.
    private static bool Admits(IReadOnlyDictionary<string, string> target, IReadOnlyDictionary<string, string> source, int port)
    {
        var policies = All.Where(m => m.Text("kind") == "NetworkPolicy" && Selects(m.At("spec", "podSelector")!, target)).ToArray();
        Assert.All(policies, p => Assert.Contains("Ingress", p.Items("spec", "policyTypes").Select(t => ((YamlScalarNode)t).Value)));
        if (policies.Length == 0)
        {
            return true;
        }

        return policies.SelectMany(p => p.Items("spec", "ingress")).Any(rule =>
            (rule.At("from") is null || rule.Items("from").Any(peer => Selects(peer.At("podSelector")!, source)))
            && (rule.At("ports") is null || rule.Items("ports").Any(p => p.Text("port") == port.ToString(CultureInfo.InvariantCulture))));
    }

    private static bool Selects(YamlNode selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector.At("matchLabels") is YamlMappingNode match && !Labels(match).All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value))
        {
            return false;
        }

        return selector.Items("matchExpressions").All(e =>
        {
            Assert.Equal("In", e.Text("operator"));
            return labels.TryGetValue(e.Text("key")!, out var value) && e.Items("values").Any(v => ((YamlScalarNode)v).Value == value);
        });
    }

    private static Dictionary<string, string> Labels(YamlNode node) =>
        ((YamlMappingNode)node).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);

    private static YamlMappingNode Workload(string name) => Workloads.Single(w => w.Text("metadata", "name") == name);
}
