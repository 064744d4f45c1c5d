using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace ProcurementSim.ArchitectureTests;

/// <summary>
/// Which top-level folders of one project use which, read from the compiled assembly (every type reference: fields,
/// signatures, bodies, attributes). A folder is the first namespace segment below the project's; sub-folders count
/// as their folder, and the project's root namespace (its composition files) is left out.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private FolderGraph(string root) => Root = root;

    public string Root { get; }

    /// <summary>The folders of <paramref name="assembly"/> below <paramref name="root"/>, its root namespace (by default its name).</summary>
    public static FolderGraph Of(System.Reflection.Assembly assembly, string? root = null)
    {
        var graph = new FolderGraph(root ?? assembly.GetName().Name!);
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        foreach (var type in architecture.Types)
        {
            if (graph.FolderOf(type) is not { } from) continue;
            foreach (var dependency in type.Dependencies)
            {
                if (graph.FolderOf(dependency.Target) is { } to && to != from) graph.Add(from, to, $"{type.Name} -> {dependency.Target.Name}");
            }
        }
        return graph;
    }

    /// <summary>The folders, each with the folders it uses and one type reference that shows it.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    /// <summary>Every group of folders that use each other in a circle (strongly connected, more than one folder).</summary>
    public List<List<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in _edges.TryGetValue(v, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            } while (x != v);
            if (component.Count > 1) cycles.Add([.. component.Order()]);
        }
        foreach (var v in _edges.Keys.Order()) if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }

    /// <summary>A cycle in words: each edge inside it with the reference that makes it.</summary>
    public string Describe(IReadOnlyList<string> cycle) => string.Join("\n", cycle.SelectMany(a => cycle
        .Where(b => _edges.TryGetValue(a, out var e) && e.ContainsKey(b))
        .Select(b => $"  {a} -> {b}: {_edges[a][b]}")));

    private string? FolderOf(IType type)
    {
        var ns = type.Namespace?.FullName ?? "";
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        return ns[(Root.Length + 1)..].Split('.')[0];
    }

    private void Add(string from, string to, string why)
    {
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        targets.TryAdd(to, why);
    }
}
