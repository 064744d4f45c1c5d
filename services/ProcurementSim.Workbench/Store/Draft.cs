namespace ProcurementSim.Workbench.Store;

/// <summary>What a planner is editing, kept as typed (valid or not) so nothing is lost on a mistake, a reload or a restart.</summary>
/// <param name="Id">The draft's id (its page is /workbench/d/{id}).</param>
/// <param name="Label">Where it came from (a file, a template, an upload, a variant).</param>
/// <param name="Yaml">The scenario text as last typed.</param>
/// <param name="Strategy">The strategy the what-if plays (null: the scenario's first).</param>
/// <param name="Seed">The seed (null: the scenario's).</param>
/// <param name="Updated">When it was last saved.</param>
internal sealed record Draft(string Id, string Label, string Yaml, string? Strategy, ulong? Seed, DateTimeOffset Updated);
