using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Writes down a playbook's orders as typed <see cref="AgencyOrder"/>s. With a target it passes every call through
/// unchanged (a bot seat: the run is exactly the bot's); without one it only captures (a human seat's shadow bot:
/// nothing is applied, and <see cref="Solicit"/> returns the id the real agency would have given).
/// </summary>
internal sealed class OrderRecorder(IAgencyActions? target, Scenario scenario, int solicitationsSoFar) : IAgencyActions
{
    private readonly List<AgencyOrder> _orders = [];
    private int _solicitations = solicitationsSoFar;

    public IReadOnlyList<AgencyOrder> Orders => _orders;

    private string V(int vendor) => scenario.Vendors[vendor].Name;

    private string[] C(int[] categories) => [.. categories.Select(c => scenario.Categories[c].Name)];

    public void SetShare(int vendor, int category, double share)
    {
        _orders.Add(new SetShareOrder(V(vendor), scenario.Categories[category].Name, share));
        target?.SetShare(vendor, category, share);
    }

    public void SetShadow(int vendor, int category, double share)
    {
        _orders.Add(new SetShadowOrder(V(vendor), scenario.Categories[category].Name, share));
        target?.SetShadow(vendor, category, share);
    }

    public void ProposeCarveOut(int vendor, int[] categories)
    {
        _orders.Add(new ProposeCarveOutOrder(V(vendor), C(categories)));
        target?.ProposeCarveOut(vendor, categories);
    }

    public void DemandAllLawfulUses(int vendor)
    {
        _orders.Add(new DemandAllLawfulUsesOrder(V(vendor)));
        target?.DemandAllLawfulUses(vendor);
    }

    public int Solicit(int[] categories)
    {
        _orders.Add(new SolicitOrder(C(categories)));
        var id = ++_solicitations;
        return target is null ? id : target.Solicit(categories);
    }

    public void Award(ReceivedBid bid)
    {
        ArgumentNullException.ThrowIfNull(bid);
        _orders.Add(new AwardOrder(V(bid.Vendor)));
        target?.Award(bid);
    }

    public void AwardDirect(int vendor)
    {
        _orders.Add(new AwardDirectOrder(V(vendor)));
        target?.AwardDirect(vendor);
    }

    public void GiveNotice(int vendor)
    {
        _orders.Add(new GiveNoticeOrder(V(vendor)));
        target?.GiveNotice(vendor);
    }

    public void TerminateNow(int vendor)
    {
        _orders.Add(new TerminateNowOrder(V(vendor)));
        target?.TerminateNow(vendor);
    }

    public void SetTransitionTarget(int category, double incumbentShare)
    {
        _orders.Add(new SetTransitionTargetOrder(scenario.Categories[category].Name, incumbentShare));
        target?.SetTransitionTarget(category, incumbentShare);
    }

    public void Note(string kind, string detail)
    {
        _orders.Add(new NoteOrder(kind, detail));
        target?.Note(kind, detail);
    }
}
