using ProcurementSim.Core.Rules;

namespace ProcurementSim.Core.Messages;

/// <summary>
/// Vendor → agency: which requested categories it now permits, and whether it accepted all lawful uses. Answering an
/// all-lawful-uses demand, categories without acceptance are a partial acceptance (<see cref="UltimatumAnswer"/>).
/// </summary>
public sealed record TermsResponse(int Round, int[] Accepted, bool AllLawfulUsesAccepted) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 30;

    /// <summary>The answer's kind, read as an answer to an all-lawful-uses demand.</summary>
    public UltimatumAnswer UltimatumAnswer => AllLawfulUses.Classify(AllLawfulUsesAccepted, Accepted.Length);
}
