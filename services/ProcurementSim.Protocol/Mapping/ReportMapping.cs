using Google.Protobuf.Collections;
using ProcurementSim.Core.Actors;
using ProcurementSim.Protocol.V1;
using CoreStatus = ProcurementSim.Core.Actors.VendorStatus;
using WireStatus = ProcurementSim.Protocol.V1.VendorStatus;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>
/// Tick reports between the Core and the wire, for both sides: the actor services send them, the orchestrator reads
/// them. Doubles travel as proto doubles (IEEE 754), so bit for bit. What comes off the wire malformed is a
/// <see cref="FormatException"/> with a sentence.
/// </summary>
public static class ReportMapping
{
    /// <summary>The agency's report on the wire.</summary>
    public static AgencyReport ToProto(AgencyTickReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new AgencyReport
        {
            SwitchingCost = report.SwitchingCost,
            TerminationFees = report.TerminationFees,
            Breaches = report.Breaches,
            ReputationalRisk = report.ReputationalRisk,
            TransitionStart = report.TransitionStart,
            TransitionComplete = report.TransitionComplete,
            ProhibitedUseIncidents = report.ProhibitedUseIncidents,
        };
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
            ProhibitedUseIncidents = report.ProhibitedUseIncidents,
        };
    }

    /// <summary>A vendor's report on the wire (arrays copied: the Core reuses its own).</summary>
    public static VendorReport ToProto(VendorTickReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var wire = new VendorReport
        {
            Spend = report.Spend,
            ShadowSpend = report.ShadowSpend,
            Trust = report.Trust,
            Status = ToProto(report.Status),
        };
        foreach (var (_, core, onWire) in VendorArrays) onWire(wire).Add(core(report));
        return wire;
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
        foreach (var (field, inCore, onWire) in VendorArrays) Copy(onWire(report), inCore(core), field);
        return core;
    }

    /// <summary>A vendor status on the wire.</summary>
    public static WireStatus ToProto(CoreStatus status)
    {
        foreach (var (core, wire) in Statuses) if (core == status) return wire;
        throw new ArgumentOutOfRangeException(nameof(status), status, "unknown vendor status");
    }

    /// <summary>A vendor status in the Core.</summary>
    public static CoreStatus ToCore(WireStatus status)
    {
        foreach (var (core, wire) in Statuses) if (wire == status) return core;
        throw new FormatException($"the report's vendor status {(int)status} is not one this version knows");
    }

    // The per-category arrays of a vendor's report, listed once for both directions (the name is the proto field's).
    private static readonly (string Field, Func<VendorTickReport, double[]> Core, Func<VendorReport, RepeatedField<double>> Wire)[] VendorArrays =
    [
        ("tasked", r => r.Tasked, r => r.Tasked),
        ("served", r => r.Served, r => r.Served),
        ("refused", r => r.Refused, r => r.Refused),
        ("effective", r => r.Effective, r => r.Effective),
    ];

    // Each vendor status with its wire form, listed once for both directions.
    private static readonly (CoreStatus Core, WireStatus Wire)[] Statuses =
    [
        (CoreStatus.Active, WireStatus.Active),
        (CoreStatus.Idle, WireStatus.Idle),
        (CoreStatus.Accrediting, WireStatus.Accrediting),
        (CoreStatus.Accredited, WireStatus.Accredited),
        (CoreStatus.Failed, WireStatus.Failed),
        (CoreStatus.Terminated, WireStatus.Terminated),
    ];

    private static void Copy(RepeatedField<double> from, double[] to, string field)
    {
        if (from.Count != to.Length)
        {
            throw new FormatException($"the report's field {field} holds {from.Count} values for the scenario's {to.Length} categories");
        }
        from.CopyTo(to, 0);
    }
}
