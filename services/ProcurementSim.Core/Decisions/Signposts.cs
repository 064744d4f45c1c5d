using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Decisions;

/// <summary>
/// What the agency has observed by the time it decides in a week, as strategy triggers read it
/// (<see cref="SignpostCatalog"/> names them; docs/MODEL.md, "Signposts and triggers", defines them).
/// </summary>
/// <param name="Week">The current week.</param>
/// <param name="Incidents">Misuse reports from the integrator so far, this week's included (compliance incidents and red-line breaches).</param>
/// <param name="Breaches">Red-line breaches among them.</param>
/// <param name="PublicReports">Public-report injects the agency has received so far, this week's included.</param>
/// <param name="Clarifications">Clarification requests the agency has been told of so far.</param>
/// <param name="Accredited">Whether the replacement last awarded is accredited (as the agency last heard).</param>
/// <param name="AccreditationFailures">Failed accreditations the agency has been told of so far.</param>
/// <param name="Readiness">The last readiness the replacement last awarded reported; 0 before any award.</param>
/// <param name="BudgetLeft">The weekly budget minus <paramref name="Spend"/>.</param>
/// <param name="Spend">The weekly spend of the tasking and parallel run sent last week, at contract prices.</param>
/// <param name="Risk">The reputational-risk index at the end of last week.</param>
public sealed record Signposts(
    int Week,
    int Incidents,
    int Breaches,
    int PublicReports,
    int Clarifications,
    bool Accredited,
    int AccreditationFailures,
    double Readiness,
    double BudgetLeft,
    double Spend,
    double Risk)
{
    /// <summary>The value of a signpost by its trigger name (a flag is 1 or 0).</summary>
    /// <exception cref="ArgumentException">No signpost has that name.</exception>
    public double Value(string name) => name switch
    {
        "week" => Week,
        "incidents" => Incidents,
        "breaches" => Breaches,
        "public_reports" => PublicReports,
        "clarifications" => Clarifications,
        "accredited" => Accredited ? 1 : 0,
        "accreditation_failed" => AccreditationFailures,
        "readiness" => Readiness,
        "budget_left" => BudgetLeft,
        "spend" => Spend,
        "risk" => Risk,
        _ => throw new ArgumentException($"'{name}' is not a signpost", nameof(name)),
    };

    /// <summary>Whether the trigger holds on these signposts.</summary>
    public bool Holds(Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return trigger.IsMet(Value);
    }
}
