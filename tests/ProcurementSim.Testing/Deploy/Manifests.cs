using ProcurementSim.Testing.Files;
using YamlDotNet.RepresentationModel;

namespace ProcurementSim.Testing.Deploy;

/// <summary>The Kubernetes manifests of the repository's deploy/ folder, parsed with YamlDotNet, and ways to walk them.</summary>
public static class Manifests
{
    /// <summary>A folder of the repository, from its root.</summary>
    public static string Folder(params string[] parts) => Repository.Path(parts);

    /// <summary>Every document of a YAML file, as mappings (a manifest file may hold several, separated by ---).</summary>
    public static IReadOnlyList<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    /// <summary>Every document of every .yaml file of a folder (not of its subfolders), with its file name.</summary>
    public static IReadOnlyList<(string File, YamlMappingNode Document)> LoadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(f => Load(f).Select(d => (Path.GetFileName(f), d)))];

    /// <summary>The node at a path of keys, or null when a key is missing.</summary>
    public static YamlNode? At(this YamlNode node, params string[] keys)
    {
        var current = node;
        foreach (var key in keys)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next)) return null;
            current = next;
        }
        return current;
    }

    /// <summary>The scalar text at a path of keys, or null.</summary>
    public static string? Text(this YamlNode node, params string[] keys) => (node.At(keys) as YamlScalarNode)?.Value;

    /// <summary>The items of the sequence at a path of keys (none when missing).</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlNode node, params string[] keys) =>
        node.At(keys) is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    /// <summary>The kind and name of a manifest, for messages: "Job/procsim-sweep".</summary>
    public static string Title(this YamlNode manifest) => $"{manifest.Text("kind")}/{manifest.Text("metadata", "name")}";

    /// <summary>The pod spec of a Pod, or of the template of a Job (and of any other kind with spec.template).</summary>
    public static YamlNode? PodSpec(this YamlNode manifest) =>
        manifest.Text("kind") == "Pod" ? manifest.At("spec") : manifest.At("spec", "template", "spec");

    /// <summary>The containers and init containers of a pod spec.</summary>
    public static IEnumerable<YamlNode> Containers(this YamlNode podSpec) => podSpec.Items("containers").Concat(podSpec.Items("initContainers"));

    /// <summary>The container's command and args, as the kubelet runs them.</summary>
    public static string[] Argv(this YamlNode container) =>
        [.. container.Items("command").Concat(container.Items("args")).Select(a => ((YamlScalarNode)a).Value!)];

    /// <summary>The only manifest of a kind in the .yaml files of a folder.</summary>
    public static YamlMappingNode OnlyOf(string folder, string kind) =>
        LoadFolder(folder).Select(m => m.Document).Single(d => d.Text("kind") == kind);
}
