using ProcurementSim.Core.Messages;

namespace ProcurementSim.Core.Decisions;

/// <summary>A vendor's decision points. A bot (<see cref="VendorBot"/>) or a human seat fills them.</summary>
public interface IVendorDecisions
{
    /// <summary>Answers proposed terms (a carve-out round or an ultimatum). Non-negotiable clauses are never given up.</summary>
    TermsAnswer AnswerTerms(IVendorView self, TermsProposal proposal, int tick);

    /// <summary>Whether to bid on a solicitation.</summary>
    bool WillBid(IVendorView self, SolicitationIssued solicitation, int tick);
}
