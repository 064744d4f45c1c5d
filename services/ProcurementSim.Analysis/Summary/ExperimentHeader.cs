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
    bool Complete);
