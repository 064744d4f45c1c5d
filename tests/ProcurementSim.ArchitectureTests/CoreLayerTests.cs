using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ProcurementSim.ArchitectureTests;

/// <summary>The Core's folders are layers: each uses only the folders below it (<see cref="CoreLayers"/>).</summary>
public sealed class CoreLayerTests
{
    private static readonly Architecture Core = new ArchLoader().LoadAssemblies(typeof(Core.Scenarios.Scenario).Assembly).Build();

    public static TheoryData<string> Layers() => [.. CoreLayers.BottomUp];

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_uses_no_layer_above_it(string layer)
    {
        var above = CoreLayers.BottomUp.Skip(CoreLayers.BottomUp.ToList().IndexOf(layer) + 1).ToArray();
        if (above.Length == 0)
        {
            // The top layer may use every other; the check is that it exists (a renamed folder must be renamed here).
            Assert.NotEmpty(InLayer(layer).GetObjects(Core));
            return;
        }
        Types().That().Are(InLayer(layer)).Should().NotDependOnAny(Types().That().Are(InLayers(above)))
            .Because($"{layer} sits below {string.Join(", ", above)} (tests/ProcurementSim.ArchitectureTests/CoreLayers.cs)")
            .Check(Core);
    }

    [Fact]
    public void Every_folder_of_the_Core_is_a_listed_layer()
    {
        var folders = Core.Types.Select(t => t.Namespace.FullName)
            .Where(n => n.StartsWith(CoreLayers.Root + ".", StringComparison.Ordinal))
            .Select(n => n[(CoreLayers.Root.Length + 1)..].Split('.')[0])
            .Distinct().Order().ToList();

        Assert.Equal(CoreLayers.BottomUp.Order(), folders);
    }

    [Fact]
    public void The_model_knows_neither_experiments_nor_the_loader_nor_the_seminar()
    {
        Types().That().Are(InLayers([.. CoreLayers.Model])).Should()
            .NotDependOnAny(Types().That().Are(InLayers(["Experiments", "Loading", "Seminar"])))
            .Check(Core);
    }

    private static IObjectProvider<IType> InLayer(string layer) => InLayers([layer]);

    private static IObjectProvider<IType> InLayers(string[] layers) =>
        Types().That().ResideInNamespaceMatching($@"^{CoreLayers.Root.Replace(".", @"\.", StringComparison.Ordinal)}\.({string.Join('|', layers)})(\..*)?$")
            .As(string.Join(", ", layers));
}
