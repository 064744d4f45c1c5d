using ProcurementSim.Contracts;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;
using CoreKind = ProcurementSim.Core.Scenarios.InjectKind;
using CoreStatus = ProcurementSim.Core.Actors.VendorStatus;
using WireKind = ProcurementSim.Protocol.V1.InjectKind;
using WireNotice = ProcurementSim.Protocol.V1.InjectNotice;
using WireStatus = ProcurementSim.Protocol.V1.VendorStatus;

namespace ProcurementSim.Orchestrator.Mapping;

/// <summary>
/// What the orchestrator sends and reads on the wire, mapped to and from the Core. Doubles travel as proto doubles
/// (IEEE 754), so the reports recorded are bit for bit those the actors made.
/// </summary>
public static class WireMapping
{
    /// <summary>A fired inject as the orchestrator sends it to each recipient.</summary>
    public static WireNotice ToProto(FiredInject fired)
    {
        ArgumentNullException.ThrowIfNull(fired);
        return new WireNotice { Index = fired.Index, Kind = ToProto(fired.Notice.Kind), Magnitude = fired.Notice.Magnitude, Weeks = fired.Notice.Weeks };
    }

    /// <summary>The agency's report in the Core.</summary>
    public static AgencyTickReport ToCore(AgencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new AgencyTickReport
        {
            SwitchingCost = report.SwitchingCost,
            TerminationFees = report.TerminationFees,
            Breaches = report.Breaches,
            ReputationalRisk = report.ReputationalRisk,
            TransitionStart = report.TransitionStart,
            TransitionComplete = report.TransitionComplete,
        };
    }

    /// <summary>A vendor's report in the Core.</summary>
    /// <exception cref="FormatException">An array does not hold one value per category, or the status is unknown.</exception>
    public static VendorTickReport ToCore(VendorReport report, int categories)
    {
        ArgumentNullException.ThrowIfNull(report);
        var core = new VendorTickReport(categories)
        {
            Spend = report.Spend,
            ShadowSpend = report.ShadowSpend,
            Trust = report.Trust,
            Status = ToCore(report.Status),
        };
        Copy(report.Tasked, core.Tasked, "tasked");
        Copy(report.Served, core.Served, "served");
        Copy(report.Refused, core.Refused, "refused");
        Copy(report.Effective, core.Effective, "effective");
        return core;
    }

    /// <summary>The Core form of an event the bus delivered.</summary>
    public static SimEvent ToSimEvent(RunEventData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new SimEvent(e.Tick, e.Kind, e.Actor, e.Subject, e.Detail, e.Key);
    }

    private static WireKind ToProto(CoreKind kind) => kind switch
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

    private static CoreStatus ToCore(WireStatus status) => status switch
    {
        WireStatus.Active => CoreStatus.Active,
        WireStatus.Idle => CoreStatus.Idle,
        WireStatus.Accrediting => CoreStatus.Accrediting,
        WireStatus.Accredited => CoreStatus.Accredited,
        WireStatus.Failed => CoreStatus.Failed,
        WireStatus.Terminated => CoreStatus.Terminated,
        _ => throw new FormatException($"the report's vendor status {(int)status} is not one this version knows"),
    };

    private static void Copy(IReadOnlyList<double> from, double[] to, string field)
    {
        if (from.Count != to.Length)
        {
            throw new FormatException($"the report's field {field} holds {from.Count} values for the scenario's {to.Length} categories");
        }

        for (var i = 0; i < to.Length; i++)
        {
            to[i] = from[i];
        }
    }
}
