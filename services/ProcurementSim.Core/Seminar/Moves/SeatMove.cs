using System.Text.Json.Serialization;

namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>A decision a seat makes: the agency's orders for a turn, or a vendor's answer to one decision point.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "move")]
[JsonDerivedType(typeof(AgencyMove), "agency_orders")]
[JsonDerivedType(typeof(TermsAnswerMove), "terms_answer")]
[JsonDerivedType(typeof(BidDecisionMove), "bid_decision")]
public abstract record SeatMove;
