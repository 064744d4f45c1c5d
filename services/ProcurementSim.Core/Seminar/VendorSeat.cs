using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.Core.Seminar;

/// <summary>A vendor's decisions in a seminar: the game decides who answers (the bot, or the human's move).</summary>
internal sealed class VendorSeat(SeminarGame game, int vendor) : IVendorDecisions
{
    public TermsAnswer AnswerTerms(IVendorView self, TermsProposal proposal, int tick) => game.DecideTerms(vendor, self, proposal, tick);

    public bool WillBid(IVendorView self, SolicitationIssued solicitation, int tick) => game.DecideBid(vendor, self, solicitation, tick);
}
