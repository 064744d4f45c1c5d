namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Declares the incumbent's target share of a category (<see cref="Decisions.IAgencyActions.SetTransitionTarget"/>).</summary>
/// <param name="Category">Category name.</param>
/// <param name="IncumbentShare">The incumbent's share, from 0 to 1, at or below which the transition is complete there.</param>
public sealed record SetTransitionTargetOrder(string Category, double IncumbentShare) : AgencyOrder;
