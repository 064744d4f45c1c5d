using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Designs;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Experiments;

public sealed class SobolDesignTests
{
    private static readonly Distribution[] Inputs =
    [
        new UniformDistribution(2, 5),
        new IntegerUniformDistribution(3, 9),
        new DiscreteDistribution([0, 0.25, 0.5]),
        new TriangularDistribution(1, 2, 4),
    ];

    private static readonly ulong[] Keys = [.. new[] { "w", "x", "y", "z" }.Select(DesignStreams.Key)];

    private static double[] Fill(ISampleDesign design, int sample)
    {
        var values = new double[Inputs.Length];
        design.Fill(sample, values);
        return values;
    }

    private static SobolDesign Design(int rows, ulong seed = 7) => new(Inputs, Keys, seed, new SobolLayout(rows, Inputs.Length));

    [Fact]
    public void There_are_N_times_k_plus_2_samples_laid_out_row_by_row()
    {
        var layout = new SobolLayout(1_024, 11);
        Assert.Equal(13_312, layout.Samples);
        Assert.Equal(6 * 13 + 4, layout.SampleOf(6, SobolLayout.BlockOfInput(2)));
        Assert.Equal((6, 4), (layout.RowOf(82), layout.BlockOf(82)));
        Assert.Equal(6 * Inputs.Length + 12, Design(6).Samples);
    }

    [Fact]
    public void Each_AB_i_sample_is_A_with_column_i_from_B_and_nothing_else()
    {
        var design = Design(40);
        var layout = new SobolLayout(40, Inputs.Length);
        var differs = new int[Inputs.Length];
        for (var j = 0; j < 40; j++)
        {
            var a = Fill(design, layout.SampleOf(j, SobolLayout.BlockA));
            var b = Fill(design, layout.SampleOf(j, SobolLayout.BlockB));
            for (var i = 0; i < Inputs.Length; i++)
            {
                var ab = Fill(design, layout.SampleOf(j, SobolLayout.BlockOfInput(i)));
                for (var c = 0; c < Inputs.Length; c++) Assert.Equal(c == i ? b[c] : a[c], ab[c]);
                if (a[i] != b[i]) differs[i]++;
            }
        }

        // A and B are independent draws: every input's column differs between them in most rows (the 3-valued list
        // input agrees by chance in about a third of them).
        Assert.All(differs, d => Assert.True(d >= 15, $"A and B agree too often: {d} of 40 rows differ"));
    }

    [Fact]
    public void Values_fall_inside_each_inputs_range_and_discrete_inputs_take_their_values()
    {
        var design = Design(200);
        for (var s = 0; s < design.Samples; s++)
        {
            var v = Fill(design, s);
            Assert.InRange(v[0], 2, 5);
            Assert.InRange(v[1], 3, 9);
            Assert.Equal(v[1], Math.Round(v[1]));
            Assert.Contains(v[2], new[] { 0, 0.25, 0.5 });
            Assert.InRange(v[3], 1, 4);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_samples_and_another_seed_other_ones()
    {
        var a = Enumerable.Range(0, Design(10).Samples).Select(s => Fill(Design(10), s)).ToArray();
        var b = Enumerable.Range(0, Design(10).Samples).Select(s => Fill(Design(10), s)).ToArray();
        var c = Enumerable.Range(0, Design(10).Samples).Select(s => Fill(Design(10, seed: 8), s)).ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        // A base row does not depend on N: the first rows of a longer design are the same.
        Assert.Equal(a, Enumerable.Range(0, Design(10).Samples).Select(s => Fill(Design(20), s)).ToArray());
    }

    [Fact]
    public void The_AB_samples_of_a_row_play_with_the_random_streams_of_its_A_sample_and_B_with_its_own()
    {
        var layout = new SobolLayout(3, 4);
        Assert.Equal([0, 1, 0, 0, 0, 0, 6, 7, 6, 6, 6, 6], Enumerable.Range(0, 12).Select(layout.StreamSampleOf));

        var experiment = ReferenceScenarios.StandoffExperiment;
        var request = new ExperimentRequest(ExperimentDesign.Sobol, 3, 2, 42, ["status_quo"], IncludeLevers: false, RecordCapability: false);
        Assert.True(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, experiment, request, out var plan, out var error), error);
        var k = experiment.Uncertainties.Count;
        Assert.Equal(3 * (k + 2) * 2, plan!.States);
        foreach (var (sample, replication, stream) in new[] { (0, 1, 1), (1, 0, 2), (2, 1, 1), (k + 1, 0, 0), (k + 2, 1, ((k + 2) * 2) + 1), (k + 5, 0, (k + 2) * 2) })
        {
            var run = plan.RunAt(((long)sample * 2) + replication);
            Assert.Equal((sample, replication), (run.Sample, run.Replication));
            Assert.Equal(stream, plan.Prepare(run.Index).Options.RunIndex);
        }
    }

    [Fact]
    public void A_Sobol_plan_refuses_fewer_than_two_base_rows_or_no_input_with_a_sentence()
    {
        var one = new ExperimentRequest(ExperimentDesign.Sobol, 1, 1, 42, ["status_quo"], IncludeLevers: false, RecordCapability: false);
        Assert.False(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, ReferenceScenarios.StandoffExperiment, one, out _, out var few));
        Assert.Contains("at least 2", few, StringComparison.Ordinal);

        var none = one with { Samples = 4 };
        Assert.False(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, ExperimentSpec.None, none, out _, out var nothing));
        Assert.Contains("none to vary", nothing, StringComparison.Ordinal);
    }
}
