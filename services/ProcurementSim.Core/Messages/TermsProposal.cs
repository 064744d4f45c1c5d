namespace ProcurementSim.Core.Messages;

/// <summary>Agency → vendor: asks it to permit the given categories, or to accept all lawful uses (an ultimatum).</summary>
public sealed record TermsProposal(int Round, int[] Categories, bool AllLawfulUses) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 20;
}
