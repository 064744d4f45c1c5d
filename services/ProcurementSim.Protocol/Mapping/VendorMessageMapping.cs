using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;
using CoreAward = ProcurementSim.Core.Messages.ContractAwarded;
using CoreSolicitation = ProcurementSim.Core.Messages.SolicitationIssued;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>The agency → vendor messages (the Vendor service's RPCs) between the Core and the wire.</summary>
public static class VendorMessageMapping
{
    /// <summary>Tasking on the wire.</summary>
    public static TaskingRequest ToRequest(Tasking m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = new TaskingRequest { Header = header };
        r.Shares.Add(m.Shares);
        r.ShadowShares.Add(m.ShadowShares);
        return r;
    }

    /// <summary>Tasking in the Core.</summary>
    public static Tasking ToCore(TaskingRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new Tasking([.. r.Shares], [.. r.ShadowShares]);
    }

    /// <summary>A terms proposal on the wire.</summary>
    public static TermsProposalRequest ToRequest(TermsProposal m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = new TermsProposalRequest { Header = header, Round = m.Round, AllLawfulUses = m.AllLawfulUses };
        r.Categories.Add(m.Categories);
        return r;
    }

    /// <summary>A terms proposal in the Core.</summary>
    public static TermsProposal ToCore(TermsProposalRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TermsProposal(r.Round, [.. r.Categories], r.AllLawfulUses);
    }

    /// <summary>A solicitation on the wire.</summary>
    public static SolicitationRequest ToRequest(CoreSolicitation m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = new SolicitationRequest { Header = header, Id = m.Id, AllLawfulUses = m.AllLawfulUses };
        r.Categories.Add(m.Categories);
        return r;
    }

    /// <summary>A solicitation in the Core.</summary>
    public static CoreSolicitation ToCore(SolicitationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CoreSolicitation(r.Id, [.. r.Categories], r.AllLawfulUses);
    }

    /// <summary>An award on the wire.</summary>
    public static AwardRequest ToRequest(CoreAward m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new AwardRequest { Header = header, Price = m.Price, AllLawfulUses = m.AllLawfulUses };
    }

    /// <summary>An award in the Core.</summary>
    public static CoreAward ToCore(AwardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CoreAward(r.Price, r.AllLawfulUses);
    }

    /// <summary>A termination notice on the wire.</summary>
    public static NoticeRequest ToRequest(TerminationNotice m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new NoticeRequest { Header = header, EffectiveTick = m.EffectiveTick };
    }

    /// <summary>A termination notice in the Core.</summary>
    public static TerminationNotice ToCore(NoticeRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TerminationNotice(r.EffectiveTick);
    }

    /// <summary>A compliance incident on the wire.</summary>
    public static IncidentRequest ToRequest(ComplianceIncident m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new IncidentRequest { Header = header, Category = m.Category, Breach = m.Breach };
    }

    /// <summary>A compliance incident in the Core.</summary>
    public static ComplianceIncident ToCore(IncidentRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ComplianceIncident(r.Category, r.Breach);
    }
}
