using ProcurementSim.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Orchestrator.Placement;
using ProcurementSim.Orchestrator.Runs;

namespace ProcurementSim.Orchestrator.Tests.Placement;

public sealed class ReplicaPickerTests
{
    private static ReplicaPicker Picker(int agencies, int vendors = 1, int replacements = 1) => new(new Dictionary<ActorService, IReadOnlyList<string>>
    {
        [ActorService.Agency] = [.. Enumerable.Range(0, agencies).Select(i => $"http://127.0.0.1:{5110 + (2 * i)}")],
        [ActorService.Vendor] = [.. Enumerable.Range(0, vendors).Select(i => $"http://127.0.0.1:{5120 + (2 * i)}")],
        [ActorService.ReplacementVendor] = [.. Enumerable.Range(0, replacements).Select(i => $"http://127.0.0.1:{5130 + (2 * i)}")],
    });

    [Fact]
    public void A_run_always_gets_the_replica_its_stable_hash_names()
    {
        var picker = Picker(agencies: 3);
        var run = RunIds.New();

        var expected = $"http://127.0.0.1:{5110 + (2 * (int)(StableHash.Of(run) % 3))}";

        Assert.Equal(expected, picker.Pick(ActorService.Agency, run));
        Assert.Equal(expected, Picker(agencies: 3).Pick(ActorService.Agency, run));
    }

    [Fact]
    public void Runs_spread_over_the_replicas()
    {
        var picker = Picker(agencies: 4);

        var counts = Enumerable.Range(0, 4000).Select(_ => picker.Pick(ActorService.Agency, RunIds.New()))
            .GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());

        // 4,000 random ids over 4 replicas: about 1,000 each; 800 is more than six standard deviations below.
        Assert.Equal(4, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 800, 1200));
    }

    [Fact]
    public void With_one_replica_every_run_goes_to_it()
    {
        var picker = Picker(agencies: 1);

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal("http://127.0.0.1:5110", picker.Pick(ActorService.Agency, RunIds.New())));
    }

    [Fact]
    public void Addresses_are_read_as_json_arrays_or_as_one_comma_separated_string()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Services:Agency:0"] = "http://a:1",
            ["Services:Agency:1"] = "http://b:1",
            ["Services:Vendor"] = "http://c:1, http://d:1",
            ["Services:ReplacementVendor"] = "http://e:1",
        }).Build();

        var picker = ReplicaPicker.FromConfiguration(configuration);

        Assert.Equal(["http://a:1", "http://b:1"], picker.Replicas(ActorService.Agency));
        Assert.Equal(["http://c:1", "http://d:1"], picker.Replicas(ActorService.Vendor));
        Assert.Equal(["http://e:1"], picker.Replicas(ActorService.ReplacementVendor));
    }

    [Fact]
    public void A_service_without_an_address_is_refused_with_a_sentence_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Services:Agency:0"] = "http://a:1",
            ["Services:Vendor:0"] = "not a url",
        }).Build();

        var e = Assert.Throws<ServiceConfigurationException>(() => ReplicaPicker.FromConfiguration(configuration));

        Assert.StartsWith("Services:Vendor holds 'not a url', which is not an absolute http(s) URL", e.Message, StringComparison.Ordinal);
    }
}
