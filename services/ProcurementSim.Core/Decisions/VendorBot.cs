using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Decisions;

/// <summary>
/// The rule-based vendor: concedes a negotiable clause with probability concession × trust; answers an all-lawful-uses
/// demand its red lines block by a partial acceptance with its partial-acceptance probability, else refuses; bids with
/// its bid probability.
/// </summary>
public sealed class VendorBot : IVendorDecisions
{
    /// <summary>The one instance (the bot is stateless).</summary>
    public static VendorBot Instance { get; } = new();

    /// <inheritdoc />
    public TermsAnswer AnswerTerms(IVendorView self, TermsProposal proposal, int tick)
    {
        var p = self.Spec.ConcessionProbability * self.Trust;
        if (proposal.AllLawfulUses) return AnswerAllLawfulUses(self, p, tick);
        var accepted = new List<int>();
        for (var j = 0; j < proposal.Categories.Length; j++)
        {
            var c = proposal.Categories[j];
            // One draw per category, keyed by its name (not its place in the request or in the file).
            if (!self.NonNegotiable[c] && self.Random.Chance(p, Purposes.Concession, tick, DrawKeys.Category(self.Scenario.Categories[c].Name))) accepted.Add(c);
        }
        return new TermsAnswer([.. accepted], false);
    }

    /// <summary>
    /// No red line: accepts with probability concession × trust, else refuses. Red lines: they stay; with probability
    /// <see cref="VendorSpec.PartialAcceptance"/> it permits every negotiable restriction (a partial acceptance), else
    /// refuses. Each draw is keyed by the vendor's name, its purpose and the week, never by a list position.
    /// </summary>
    private static TermsAnswer AnswerAllLawfulUses(IVendorView self, double concession, int tick)
    {
        var needed = AllLawfulUses.RestrictedCategories(self.Scenario, self.Stances);
        if (needed.Length == 0) return new TermsAnswer([], true);
        if (!needed.Any(c => self.NonNegotiable[c]))
        {
            var yes = self.Random.Chance(concession, Purposes.Concession, tick);
            return new TermsAnswer(yes ? needed : [], yes);
        }
        var negotiable = AllLawfulUses.NegotiableCategories(self.Scenario, self.Stances, self.NonNegotiable);
        var partial = negotiable.Length > 0 && self.Random.Chance(self.Spec.PartialAcceptance, Purposes.PartialAcceptance, tick);
        return new TermsAnswer(partial ? negotiable : [], false);
    }

    /// <inheritdoc />
    public bool WillBid(IVendorView self, SolicitationIssued solicitation, int tick) =>
        self.Spec.Replacement is { } r && self.Random.Chance(r.BidProbability, Purposes.Bid, tick, solicitation.Id);
}
