using System.Globalization;
using System.Runtime.CompilerServices;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Experiments;

/// <summary>Every parameter path of one scenario, built once per scenario instance and kept while the scenario lives.</summary>
internal sealed class ParameterIndex
{
    private static readonly ConditionalWeakTable<Scenario, ParameterIndex> Cache = [];

    private readonly Dictionary<string, ScenarioParameter> _byPath;

    private ParameterIndex(List<ScenarioParameter> all, Dictionary<string, ScenarioParameter> byPath, Dictionary<string, List<int>> repeated)
    {
        all.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        All = all;
        _byPath = byPath;
        Paths = [.. byPath.Keys.Order(StringComparer.Ordinal)];
        RepeatedInjectKinds = repeated;
    }

    /// <summary>Every parameter in its canonical form, sorted by path (ordinal).</summary>
    public IReadOnlyList<ScenarioParameter> All { get; }

    /// <summary>Every path <see cref="Find"/> knows (injects also by index), sorted (ordinal).</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Inject kinds that occur more than once, with their 0-based indices in the file.</summary>
    public IReadOnlyDictionary<string, List<int>> RepeatedInjectKinds { get; }

    public static ParameterIndex Of(Scenario scenario) => Cache.GetValue(scenario, Build);

    /// <summary>The parameter at <paramref name="path"/> (canonical, or an inject by index), or null.</summary>
    public ScenarioParameter? Find(string path) => _byPath.GetValueOrDefault(path);

    private static ParameterIndex Build(Scenario scenario)
    {
        var all = new List<ScenarioParameter>();
        var byPath = new Dictionary<string, ScenarioParameter>(StringComparer.Ordinal);
        void Add(ScenarioParameter p, bool canonical = true)
        {
            if (canonical) all.Add(p);
            byPath[p.Path] = p;
        }

        foreach (var f in ParameterFields.Top) Add(f.Lift("", s => s, (_, s) => s));
        for (var i = 0; i < scenario.Categories.Count; i++)
        {
            var index = i;
            foreach (var f in ParameterFields.Category)
                Add(f.Lift("categories." + scenario.Categories[i].Name, s => s.Categories[index], (s, c) => s with { Categories = Replace(s.Categories, index, c) }));
        }
        foreach (var f in ParameterFields.Agency) Add(f.Lift("agency", s => s.Agency, (s, a) => s with { Agency = a }));
        for (var i = 0; i < scenario.Vendors.Count; i++)
        {
            var index = i;
            var prefix = "vendors." + scenario.Vendors[i].Name;
            foreach (var f in ParameterFields.Vendor)
                Add(f.Lift(prefix, s => s.Vendors[index], (s, v) => s with { Vendors = Replace(s.Vendors, index, v) }));
            if (scenario.Vendors[i].Replacement is null) continue;
            foreach (var f in ParameterFields.Replacement)
            {
                Add(f.Lift(prefix + ".replacement", s => s.Vendors[index].Replacement!,
                    (s, r) => s with { Vendors = Replace(s.Vendors, index, s.Vendors[index] with { Replacement = r }) }));
            }
        }
        foreach (var f in ParameterFields.Integrator) Add(f.Lift("integrator", s => s.Integrator, (s, x) => s with { Integrator = x }));

        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Injects.Count; i++)
        {
            var key = InjectCatalog.Get(scenario.Injects[i].Kind).Key;
            if (!positions.TryGetValue(key, out var list)) positions[key] = list = [];
            list.Add(i);
        }
        for (var i = 0; i < scenario.Injects.Count; i++)
        {
            var index = i;
            var byIndex = "injects." + i.ToString(CultureInfo.InvariantCulture);
            var kind = InjectCatalog.Get(scenario.Injects[i].Kind).Key;
            var canonical = positions[kind].Count == 1 ? "injects." + kind : byIndex;
            foreach (var f in ParameterFields.Inject(scenario.Injects[i], scenario.Ticks))
            {
                Func<Scenario, InjectSpec> owner = s => s.Injects[index];
                Func<Scenario, InjectSpec, Scenario> replace = (s, x) => s with { Injects = Replace(s.Injects, index, x) };
                var main = f.Lift(canonical, owner, replace);
                Add(main);
                if (canonical != byIndex) Add(f.Lift(byIndex, owner, replace, main.Key), canonical: false);
            }
        }
        var repeated = positions.Where(p => p.Value.Count > 1).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new ParameterIndex(all, byPath, repeated);
    }

    /// <summary>A copy of <paramref name="list"/> with one item replaced.</summary>
    private static T[] Replace<T>(IReadOnlyList<T> list, int index, T item)
    {
        var copy = new T[list.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = list[i];
        copy[index] = item;
        return copy;
    }
}
