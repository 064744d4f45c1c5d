using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using static ProcurementSim.Core.Experiments.ParameterKind;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// The fields of each scenario record that experiments may vary, with the ranges the loader's readers enforce
/// (<see cref="ScenarioRanges"/>). Text, enumerations, policies, shares and the score are not parameters.
/// </summary>
internal static class ParameterFields
{
    public static readonly IReadOnlyList<ParameterField<Scenario>> Top =
    [
        new("capability_threshold", Number, ScenarioRanges.CapabilityThreshold, s => s.CapabilityThreshold, (s, v) => s with { CapabilityThreshold = v }),
        new("review_overhead", Number, ScenarioRanges.ReviewOverhead, s => s.ReviewOverhead, (s, v) => s with { ReviewOverhead = v }),
    ];

    public static readonly IReadOnlyList<ParameterField<CategorySpec>> Category =
    [
        new("demand", Number, ScenarioRanges.Demand, c => c.Demand, (c, v) => c with { Demand = v }),
        new("criticality", Number, ScenarioRanges.Criticality, c => c.Criticality, (c, v) => c with { Criticality = v }),
        new("ethical_risk", Number, ScenarioRanges.EthicalRisk, c => c.EthicalRisk, (c, v) => c with { EthicalRisk = v }),
    ];

    public static readonly IReadOnlyList<ParameterField<AgencySpec>> Agency =
    [
        new("weekly_budget", Number, ScenarioRanges.WeeklyBudget, a => a.WeeklyBudget, (a, v) => a with { WeeklyBudget = v }),
        new("contract.notice_weeks", Integer, ScenarioRanges.NoticeWeeks,
            a => a.Contract.NoticeWeeks, (a, v) => a with { Contract = a.Contract with { NoticeWeeks = (int)v } }),
        new("contract.termination_fee", Number, ScenarioRanges.TerminationFee,
            a => a.Contract.TerminationFee, (a, v) => a with { Contract = a.Contract with { TerminationFee = v } }),
    ];

    public static readonly IReadOnlyList<ParameterField<VendorSpec>> Vendor =
    [
        new("quality", Number, ScenarioRanges.Quality, x => x.Quality, (x, v) => x with { Quality = v }),
        new("capacity", Number, ScenarioRanges.Capacity, x => x.Capacity, (x, v) => x with { Capacity = v }),
        new("price", Number, ScenarioRanges.Price, x => x.Price, (x, v) => x with { Price = v }),
        new("trust", Number, ScenarioRanges.Trust, x => x.Trust, (x, v) => x with { Trust = v }),
        new("reputation_sensitivity", Number, ScenarioRanges.ReputationSensitivity,
            x => x.ReputationSensitivity, (x, v) => x with { ReputationSensitivity = v }),
        new("concession_probability", Number, ScenarioRanges.ConcessionProbability,
            x => x.ConcessionProbability, (x, v) => x with { ConcessionProbability = v }),
        new("partial_acceptance", Number, ScenarioRanges.PartialAcceptance,
            x => x.PartialAcceptance, (x, v) => x with { PartialAcceptance = v }),
    ];

    public static readonly IReadOnlyList<ParameterField<ReplacementSpec>> Replacement =
    [
        new("accreditation_weeks", Integer, ScenarioRanges.Weeks, r => r.AccreditationWeeks, (r, v) => r with { AccreditationWeeks = (int)v }),
        new("accreditation_failure_probability", Number, ScenarioRanges.AccreditationFailureProbability,
            r => r.AccreditationFailureProbability, (r, v) => r with { AccreditationFailureProbability = v }),
        new("ramp_up_weeks", Integer, ScenarioRanges.Weeks, r => r.RampUpWeeks, (r, v) => r with { RampUpWeeks = (int)v }),
        new("switching_cost", Number, ScenarioRanges.SwitchingCost, r => r.SwitchingCost, (r, v) => r with { SwitchingCost = v }),
        new("bid_probability", Number, ScenarioRanges.BidProbability, r => r.BidProbability, (r, v) => r with { BidProbability = v }),
        new("bid_markup", Number, ScenarioRanges.BidMarkup, r => r.BidMarkup, (r, v) => r with { BidMarkup = v }),
        new("accepts_all_lawful_uses", ParameterKind.Boolean, NumberRange.Unit,
            r => r.AcceptsAllLawfulUses ? 1 : 0, (r, v) => r with { AcceptsAllLawfulUses = v >= 0.5 }),
    ];

    public static readonly IReadOnlyList<ParameterField<IntegratorSpec>> Integrator =
    [
        new("misuse_probability", Number, ScenarioRanges.MisuseProbability, i => i.MisuseProbability, (i, v) => i with { MisuseProbability = v }),
    ];

    /// <summary>
    /// The fields of one inject: <c>at</c> for a scheduled one (below <paramref name="ticks"/>), <c>probability</c> for
    /// a random one, <c>magnitude</c> unless the kind's maximum is 0, <c>weeks</c> when the kind lasts weeks.
    /// </summary>
    public static IReadOnlyList<ParameterField<InjectSpec>> Inject(InjectSpec inject, int ticks)
    {
        var def = InjectCatalog.Get(inject.Kind);
        var fields = new List<ParameterField<InjectSpec>>(3);
        if (inject.At is not null)
            fields.Add(new("at", Integer, ScenarioRanges.InjectAt(ticks), i => i.At ?? 0, (i, v) => i with { At = (int)v }));
        else
            fields.Add(new("probability", Number, ScenarioRanges.InjectProbability, i => i.Probability, (i, v) => i with { Probability = v }));
        if (def.MagnitudeMax > 0)
            fields.Add(new("magnitude", Number, ScenarioRanges.InjectMagnitude(def.MagnitudeMax), i => i.Magnitude, (i, v) => i with { Magnitude = v }));
        if (def.NeedsWeeks)
            fields.Add(new("weeks", Integer, ScenarioRanges.Weeks, i => i.Weeks, (i, v) => i with { Weeks = (int)v }));
        return fields;
    }
}
