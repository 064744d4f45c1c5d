namespace ProcurementSim.Core.Playbooks;

/// <summary>What a procurement does when its awarded replacement fails accreditation (<c>on_accreditation_failure</c>).</summary>
internal enum FailureFallback
{
    /// <summary>Award the next-ranked bid of the same evaluation, or solicit again (<c>next_bid</c>).</summary>
    NextBid,
    /// <summary>Drop the replacement and propose a carve-out to the incumbent (<c>negotiate</c>).</summary>
    Negotiate,
}
