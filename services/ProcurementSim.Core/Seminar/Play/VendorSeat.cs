using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>A vendor's decisions in a seminar: the seated run decides who answers (the bot, or the human's move).</summary>
internal sealed class VendorSeat(SeatedRun run, int vendor) : IVendorDecisions
{
    public TermsAnswer AnswerTerms(IVendorView self, TermsProposal proposal, int tick) => run.DecideTerms(vendor, self, proposal, tick);

    public bool WillBid(IVendorView self, SolicitationIssued solicitation, int tick) => run.DecideBid(vendor, self, solicitation, tick);
}
