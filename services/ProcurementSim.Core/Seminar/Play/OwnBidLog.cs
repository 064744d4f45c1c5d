using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Views;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>Each vendor's own bids so far: a vendor remembers what it bid, which no other seat sees.</summary>
internal sealed class OwnBidLog(Scenario scenario)
{
    private readonly List<OwnBidView>[] _bids = [.. scenario.Vendors.Select(_ => new List<OwnBidView>())];

    /// <summary>The bids vendor <paramref name="vendor"/> has sent, in order.</summary>
    public IReadOnlyList<OwnBidView> Of(int vendor) => _bids[vendor];

    /// <summary>Keeps the bids of a week just played (the vendors' outboxes still hold what they sent).</summary>
    public void Collect(int week, RunEngine engine)
    {
        for (var v = 0; v < engine.Vendors.Count; v++)
        {
            foreach (var item in engine.Vendors[v].Outbox.Items)
            {
                if (item.Body is BidSubmitted b)
                {
                    _bids[v].Add(new OwnBidView
                    {
                        Week = week, Solicitation = b.SolicitationId, Price = b.Price, Quality = b.Quality,
                        AcceptsAllLawfulUses = b.AcceptsAllLawfulUses, Servable = Names.Of(scenario, b.Servable),
                    });
                }
            }
        }
    }
}
