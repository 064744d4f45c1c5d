using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Analysis.Summary;

/// <summary>What an experiment ran: enough to run it again.</summary>
/// <param name="Command"><c>compare</c> or <c>sweep</c>.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Design"><c>mc</c>, <c>lhs</c> or <c>factorial</c> (compare samples by <c>mc</c>).</param>
/// <param name="Samples">Sampled states of the world (factorial: the number of design points).</param>
/// <param name="Replications">Seeded replications per sample.</param>
/// <param name="Seed">The experiment's seed.</param>
/// <param name="Strategies">Strategy names, in play order.</param>
/// <param name="Inputs">The sampled inputs (uncertainties then levers).</param>
/// <param name="Satisficing">The satisficing criteria, as written.</param>
/// <param name="Fail">The fail condition of scenario discovery, as written, or null.</param>
/// <param name="Complete">False when the experiment was stopped (Ctrl-C) before every run was played.</param>
public sealed record ExperimentHeader(
    string Command,
    string Scenario,
    string Design,
    int Samples,
    int Replications,
    ulong Seed,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<InputColumn> Inputs,
    IReadOnlyList<string> Satisficing,
    string? Fail,
    bool Complete)
{
    /// <summary>The header of an experiment over <paramref name="plan"/> (compare or sweep, from the CLI or the workbench).</summary>
    public static ExperimentHeader For(string command, ExperimentPlan plan, AnalysisOptions analysis, bool complete)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        return new(
            command,
            plan.Scenario.Name,
            plan.DesignName,
            plan.Samples,
            plan.Request.Replications,
            plan.Request.Seed,
            [.. plan.Strategies.Select(s => s.Name)],
            [.. plan.Inputs.Select(InputColumn.Of)],
            [.. analysis.Satisficing.Select(c => c.Text)],
            analysis.Fail?.Text,
            complete);
    }
}
