namespace ProcurementSim.ActorHost.Runs;

/// <summary>What an InitRun did.</summary>
public enum InitOutcome
{
    /// <summary>The run is new here.</summary>
    Created,
    /// <summary>The run was already here with the same inputs (a retry, or more actors for it before it started).</summary>
    Existing,
    /// <summary>The run id is taken by a run with other inputs, or its actors have already played.</summary>
    Conflict,
    /// <summary>The run is new and this instance already holds <see cref="ActorHostOptions.MaxRuns"/> runs.</summary>
    Full,
}
