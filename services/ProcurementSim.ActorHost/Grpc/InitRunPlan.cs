using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>A checked InitRun: the loaded scenario and strategy, the run's inputs and the actors to host.</summary>
internal sealed record InitRunPlan(Scenario Scenario, StrategySpec Strategy, RunInputs Inputs, IReadOnlyList<int> ActorIds);
