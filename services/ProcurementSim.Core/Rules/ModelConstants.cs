using ProcurementSim.Core.Engine;

namespace ProcurementSim.Core.Rules;

/// <summary>
/// Fixed coefficients of the model's relationship and risk dynamics. docs/MODEL.md ("Details") explains each
/// and why it has this value; they are not scenario inputs because no data source yet calibrates them.
/// </summary>
public static class ModelConstants
{
    /// <summary>Trust lost by the incumbent when it receives an ultimatum and refuses it (the standoff stands).</summary>
    public const double TrustLossUltimatum = 0.25;
    /// <summary>Trust lost when it answers an ultimatum by accepting its conditional categories and keeping its red lines.</summary>
    public const double TrustLossUltimatumPartial = 0.15;
    /// <summary>Trust lost when it accepts an ultimatum in full (coerced, but the dispute is over).</summary>
    public const double TrustLossUltimatumAccepted = 0.05;
    /// <summary>Trust lost when the agency solicits replacements.</summary>
    public const double TrustLossSolicitation = 0.10;
    /// <summary>Trust lost each time the agency reduces the vendor's total tasking.</summary>
    public const double TrustLossReduction = 0.05;
    /// <summary>Trust lost on a termination notice or an immediate termination.</summary>
    public const double TrustLossTermination = 0.20;
    /// <summary>Trust lost per compliance incident or public report, times the vendor's reputation sensitivity.</summary>
    public const double TrustLossIncident = 0.10;
    /// <summary>Trust gained per negotiation round in which the agency accepts the red lines.</summary>
    public const double TrustGainNegotiation = 0.03;
    /// <summary>Reputation sensitivity at or above which a vendor seeks clarification after an incident.</summary>
    public const double ClarificationSensitivity = 0.5;
    /// <summary>Weeks a vendor pauses its conditional categories while it seeks clarification after an incident.</summary>
    public const int ClarificationPauseWeeks = 2;
    /// <summary>Weekly decay factor of the reputational-risk index.</summary>
    public const double RiskDecay = 0.95;
    /// <summary>Reputational risk added by a red-line breach.</summary>
    public const double RiskBreach = 0.15;
    /// <summary>Reputational risk added by a misuse that is not a breach (the vendor permits it).</summary>
    public const double RiskIncident = 0.05;
    /// <summary>Reputational risk added by an ultimatum (a public standoff).</summary>
    public const double RiskUltimatum = 0.05;
    /// <summary>Reputational risk added by an immediate termination.</summary>
    public const double RiskImmediateTermination = 0.10;
    /// <summary>Reputational risk added per week, times the share of served volume that is in contested categories.</summary>
    public const double RiskContestedUse = 0.02;
    /// <summary>Wind-down cooperation: a vendor under notice serves at capacity × (floor + (1 − floor) × trust).</summary>
    public const double WindDownCooperationFloor = 0.5;
    /// <summary>How many times a solicitation that draws no bid is re-issued before the agency gives up.</summary>
    public const int SolicitationAttempts = 3;
}
