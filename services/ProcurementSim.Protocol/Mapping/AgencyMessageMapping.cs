using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;
using CoreClarification = ProcurementSim.Core.Messages.ClarificationRequested;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>The vendor → agency messages (the Agency service's RPCs) between the Core and the wire.</summary>
public static class AgencyMessageMapping
{
    /// <summary>A terms answer on the wire.</summary>
    public static TermsAnswerRequest ToRequest(TermsResponse m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = new TermsAnswerRequest { Header = header, Round = m.Round, AllLawfulUsesAccepted = m.AllLawfulUsesAccepted };
        r.Accepted.Add(m.Accepted);
        return r;
    }

    /// <summary>A terms answer in the Core.</summary>
    public static TermsResponse ToCore(TermsAnswerRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new TermsResponse(r.Round, [.. r.Accepted], r.AllLawfulUsesAccepted);
    }

    /// <summary>A bid on the wire.</summary>
    public static BidRequest ToRequest(BidSubmitted m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = new BidRequest
        {
            Header = header,
            SolicitationId = m.SolicitationId,
            Price = m.Price,
            Quality = m.Quality,
            AcceptsAllLawfulUses = m.AcceptsAllLawfulUses,
        };
        r.Servable.Add(m.Servable);
        return r;
    }

    /// <summary>A bid in the Core.</summary>
    public static BidSubmitted ToCore(BidRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new BidSubmitted(r.SolicitationId, r.Price, r.Quality, r.AcceptsAllLawfulUses, [.. r.Servable]);
    }

    /// <summary>An accreditation result on the wire.</summary>
    public static AccreditationRequest ToRequest(AccreditationResult m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new AccreditationRequest { Header = header, Granted = m.Granted };
    }

    /// <summary>An accreditation result in the Core.</summary>
    public static AccreditationResult ToCore(AccreditationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new AccreditationResult(r.Granted);
    }

    /// <summary>A readiness report on the wire.</summary>
    public static ReadinessRequest ToRequest(ReadinessReport m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new ReadinessRequest { Header = header, Readiness = m.Readiness };
    }

    /// <summary>A readiness report in the Core.</summary>
    public static ReadinessReport ToCore(ReadinessRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReadinessReport(r.Readiness);
    }

    /// <summary>A request for clarification on the wire.</summary>
    public static ClarificationRequest ToRequest(CoreClarification m, MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new ClarificationRequest { Header = header, Weeks = m.Weeks };
    }

    /// <summary>A request for clarification in the Core.</summary>
    public static CoreClarification ToCore(ClarificationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CoreClarification(r.Weeks);
    }
}
