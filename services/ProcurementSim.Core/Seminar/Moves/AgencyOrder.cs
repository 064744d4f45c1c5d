using System.Text.Json.Serialization;

namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>
/// One order of the agency, mirroring <see cref="Decisions.IAgencyActions"/> one for one. Vendors and categories
/// are named (the scenario's names), so a move reads the same in the event log, the web page and the debrief.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "order")]
[JsonDerivedType(typeof(SetShareOrder), "set_share")]
[JsonDerivedType(typeof(SetShadowOrder), "set_shadow")]
[JsonDerivedType(typeof(ProposeCarveOutOrder), "propose_carve_out")]
[JsonDerivedType(typeof(DemandAllLawfulUsesOrder), "demand_all_lawful_uses")]
[JsonDerivedType(typeof(SolicitOrder), "solicit")]
[JsonDerivedType(typeof(AwardOrder), "award")]
[JsonDerivedType(typeof(AwardDirectOrder), "award_direct")]
[JsonDerivedType(typeof(GiveNoticeOrder), "give_notice")]
[JsonDerivedType(typeof(TerminateNowOrder), "terminate_now")]
[JsonDerivedType(typeof(SetTransitionTargetOrder), "set_transition_target")]
[JsonDerivedType(typeof(MarkTransitionStartOrder), "mark_transition_start")]
[JsonDerivedType(typeof(MarkTransitionCompleteOrder), "mark_transition_complete")]
[JsonDerivedType(typeof(NoteOrder), "note")]
public abstract record AgencyOrder;
