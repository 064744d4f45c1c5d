using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Decisions;

/// <summary>The rule-based vendor: concedes a negotiable clause with probability concession × trust, bids with its bid probability.</summary>
public sealed class VendorBot : IVendorDecisions
{
    /// <summary>The one instance (the bot is stateless).</summary>
    public static VendorBot Instance { get; } = new();

    /// <inheritdoc />
    public TermsAnswer AnswerTerms(IVendorView self, TermsProposal proposal, int tick)
    {
        var p = self.Spec.ConcessionProbability * self.Trust;
        if (proposal.AllLawfulUses)
        {
            var needed = AllLawfulUses.RestrictedCategories(self.Scenario, self.Stances);
            var blocked = needed.Any(c => self.NonNegotiable[c]);
            var yes = !blocked && (needed.Length == 0 || self.Random.Chance(p, Purposes.Concession, tick));
            return new TermsAnswer(yes ? needed : [], yes);
        }
        var accepted = new List<int>();
        for (var j = 0; j < proposal.Categories.Length; j++)
        {
            var c = proposal.Categories[j];
            // One draw per category, keyed by its name (not its place in the request or in the file).
            if (!self.NonNegotiable[c] && self.Random.Chance(p, Purposes.Concession, tick, DrawKeys.Category(self.Scenario.Categories[c].Name))) accepted.Add(c);
        }
        return new TermsAnswer([.. accepted], false);
    }

    /// <inheritdoc />
    public bool WillBid(IVendorView self, SolicitationIssued solicitation, int tick) =>
        self.Spec.Replacement is { } r && self.Random.Chance(r.BidProbability, Purposes.Bid, tick, solicitation.Id);
}
