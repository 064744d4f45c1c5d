namespace ProcurementSim.Core.Experiments;

/// <summary>One run of an experiment, in plan order: state by state, every strategy within a state.</summary>
/// <param name="Index">Position in the plan (row of runs.csv).</param>
/// <param name="State">State of the world: sample × replications + replication; also the run index of every random stream, except in a Sobol design (<see cref="ExperimentPlan.StreamStateOf"/>).</param>
/// <param name="Sample">The sample of the inputs.</param>
/// <param name="Replication">The replication of the sample.</param>
/// <param name="Strategy">Index into the plan's strategies.</param>
public readonly record struct PlannedRun(long Index, int State, int Sample, int Replication, int Strategy);
