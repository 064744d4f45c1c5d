using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using CoreKind = ProcurementSim.Core.Scenarios.InjectKind;
using CoreNotice = ProcurementSim.Core.Messages.InjectNotice;
using WireKind = ProcurementSim.Protocol.V1.InjectKind;
using WireNotice = ProcurementSim.Protocol.V1.InjectNotice;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>Injects between the Core and the wire: the orchestrator sends them, the actor services read them.</summary>
public static class InjectMapping
{
    /// <summary>A fired inject as the orchestrator sends it to each recipient.</summary>
    public static WireNotice ToProto(FiredInject fired)
    {
        ArgumentNullException.ThrowIfNull(fired);
        return new WireNotice
        {
            Index = fired.Index,
            Kind = ToProto(fired.Notice.Kind),
            Magnitude = fired.Notice.Magnitude,
            Weeks = fired.Notice.Weeks,
        };
    }

    /// <summary>The inject as the message the embedded engine puts in the recipient's inbox (sender 0, sequence = index).</summary>
    public static Envelope ToEnvelope(WireNotice notice, int to)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new Envelope(ActorIds.Orchestrator, to, notice.Index, new CoreNotice(ToCore(notice.Kind), notice.Magnitude, notice.Weeks));
    }

    /// <summary>Whether <paramref name="kind"/> is a kind this version knows.</summary>
    public static bool IsKnown(WireKind kind) => Enum.IsDefined(kind);

    /// <summary>An inject kind on the wire.</summary>
    public static WireKind ToProto(CoreKind kind) => kind switch
    {
        CoreKind.PublicReport => WireKind.PublicReport,
        CoreKind.ClarificationRequest => WireKind.ClarificationRequest,
        CoreKind.OversightInquiry => WireKind.OversightInquiry,
        CoreKind.BudgetShock => WireKind.BudgetShock,
        CoreKind.AccreditationDelay => WireKind.AccreditationDelay,
        CoreKind.SecurityIncident => WireKind.SecurityIncident,
        CoreKind.NewModelGeneration => WireKind.NewModelGeneration,
        CoreKind.LegalChallenge => WireKind.LegalChallenge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown inject kind"),
    };

    /// <summary>An inject kind in the Core.</summary>
    public static CoreKind ToCore(WireKind kind) => kind switch
    {
        WireKind.PublicReport => CoreKind.PublicReport,
        WireKind.ClarificationRequest => CoreKind.ClarificationRequest,
        WireKind.OversightInquiry => CoreKind.OversightInquiry,
        WireKind.BudgetShock => CoreKind.BudgetShock,
        WireKind.AccreditationDelay => CoreKind.AccreditationDelay,
        WireKind.SecurityIncident => CoreKind.SecurityIncident,
        WireKind.NewModelGeneration => CoreKind.NewModelGeneration,
        WireKind.LegalChallenge => CoreKind.LegalChallenge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown inject kind"),
    };
}
