using System.Globalization;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>The sentence the event log gives a fired inject, with its actual numbers.</summary>
public static class InjectText
{
    /// <summary>Describes a fired inject.</summary>
    public static string Describe(InjectSpec inject)
    {
        ArgumentNullException.ThrowIfNull(inject);
        var m = inject.Magnitude;
        var target = inject.Target ?? "";
        return inject.Kind switch
        {
            InjectKind.PublicReport => $"a public report ties the incumbent's technology to a kinetic operation (reputational risk +{N(m)})",
            InjectKind.ClarificationRequest => $"{target} seeks clarification from the integrator and pauses conditional work for {inject.Weeks} weeks (trust −{N(m)})",
            InjectKind.OversightInquiry => $"an oversight inquiry opens (reputational risk +{N(m)})",
            InjectKind.BudgetShock => $"a budget shock cuts the weekly budget by {N(m * 100)} %",
            InjectKind.AccreditationDelay => $"{target}'s accreditation is delayed by {inject.Weeks} weeks",
            InjectKind.SecurityIncident => $"a security incident at {target}: quality −{N(m)}, accreditation paused {inject.Weeks} weeks",
            InjectKind.NewModelGeneration => $"{target} releases a new model generation (quality +{N(m)})",
            InjectKind.LegalChallenge => $"a legal challenge is filed against any termination (cost {N(m)}, {inject.Weeks} weeks' delay to a pending notice)",
            _ => InjectCatalog.Get(inject.Kind).Summary,
        };
    }

    /// <summary>Whether the inject is a key event by itself; a legal challenge is one only where it meets a termination, which the agency logs.</summary>
    public static bool IsKey(InjectSpec inject) => inject?.Kind != InjectKind.LegalChallenge;

    private static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
