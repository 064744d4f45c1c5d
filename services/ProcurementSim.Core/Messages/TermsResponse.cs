namespace ProcurementSim.Core.Messages;

/// <summary>Vendor → agency: which requested categories it now permits, and whether it accepted all lawful uses.</summary>
public sealed record TermsResponse(int Round, int[] Accepted, bool AllLawfulUsesAccepted) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 30;
}
