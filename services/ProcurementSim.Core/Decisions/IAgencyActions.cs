namespace ProcurementSim.Core.Decisions;

/// <summary>The agency's action vocabulary. Bots (playbooks) and human seats act only through it; every action is logged.</summary>
public interface IAgencyActions
{
    /// <summary>Routes a share of a category's demand to a vendor (takes effect next week).</summary>
    void SetShare(int vendor, int category, double share);
    /// <summary>Sets a parallel-run shadow share (paid, not counted toward capability).</summary>
    void SetShadow(int vendor, int category, double share);
    /// <summary>Asks a vendor to permit categories (a negotiation round).</summary>
    void ProposeCarveOut(int vendor, int[] categories);
    /// <summary>Demands that a vendor accept all lawful uses.</summary>
    void DemandAllLawfulUses(int vendor);
    /// <summary>Issues a solicitation for the categories to every replacement; returns its id. Clears earlier bids.</summary>
    int Solicit(int[] categories);
    /// <summary>Awards a contract on a bid (pays the switching cost; accreditation starts).</summary>
    void Award(ReceivedBid bid);
    /// <summary>Awards a contract to a replacement directly, at its list price plus markup.</summary>
    void AwardDirect(int vendor);
    /// <summary>Gives the vendor notice: its contract ends after the notice period; pays the termination fee.</summary>
    void GiveNotice(int vendor);
    /// <summary>Terminates at once: pays the fee and the notice period's spend in lieu of notice.</summary>
    void TerminateNow(int vendor);
    /// <summary>
    /// Declares the incumbent's target share of a category: the transition is complete only when the incumbent's share
    /// is at most this (docs/MODEL.md §7.11). Without a declaration only the replacements' readiness counts.
    /// </summary>
    void SetTransitionTarget(int category, double incumbentShare);
    /// <summary>Records a decision that changes nothing else, with a sentence (e.g. "no bids: solicitation abandoned").</summary>
    void Note(string kind, string detail);
}
