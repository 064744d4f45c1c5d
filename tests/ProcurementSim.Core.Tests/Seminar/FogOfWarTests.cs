using System.Reflection;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Views;

namespace ProcurementSim.Core.Tests.Seminar;

public class FogOfWarTests
{
    /// <summary>Both replacements bid on solicitation 1 (week 9); at week 16 the agency holds both bids.</summary>
    private static SeminarGame AfterBids()
    {
        var game = SeminarGames.Start(humans: ["replacement_a", "replacement_b"]);
        game.AdvanceTo(9);
        Assert.Null(game.Submit("replacement_a", new BidDecisionMove(1, true)));
        Assert.Null(game.Submit("replacement_b", new BidDecisionMove(1, true)));
        Assert.Equal(16, game.Week);
        return game;
    }

    [Fact]
    public void A_vendor_never_sees_another_vendors_bid()
    {
        var game = AfterBids();
        Assert.Equal(["replacement_a", "replacement_b"], game.AgencyView().Bids.Select(b => b.Vendor)); // the bids exist

        foreach (var (me, other) in new[] { ("replacement_a", "replacement_b"), ("replacement_b", "replacement_a") })
        {
            var view = game.VendorView(me);
            var own = Assert.Single(view.OwnBids);
            Assert.Equal((9, 1), (own.Week, own.Solicitation));
            Assert.Contains(view.Events, e => e.Kind == "bid_submitted" && e.Actor == me);
            Assert.DoesNotContain(view.Events, e => e.Kind == "bid_submitted" && e.Actor == other);
            // Nothing in the page's data names the other's bid price.
            var otherPrice = game.AgencyView().Bids.Single(b => b.Vendor == other).Price;
            Assert.DoesNotContain(view.OwnBids, b => b.Price == otherPrice);
        }
        Assert.DoesNotContain(game.VendorView("incumbent").Events, e => e.Kind == "bid_submitted");
    }

    [Fact]
    public void Public_events_reach_everyone_and_private_ones_only_their_parties()
    {
        var game = AfterBids();
        foreach (var seat in game.Seats)
        {
            var events = game.ViewFor(seat).Events;
            Assert.Contains(events, e => e.Kind == "solicitation_issued");
            Assert.Contains(events, e => e.Kind == "inject_public_report");
        }
        Assert.Contains(game.AgencyView().Events, e => e.Kind == "bid_submitted");
        Assert.Equal(2, game.FacilitatorView().Events.Count(e => e.Kind == "bid_submitted"));
    }

    private static readonly string[] PrivateParameters =
        ["ConcessionProbability", "BidProbability", "BidMarkup", "AccreditationFailureProbability", "AccreditationWeeks", "Spec", "Replacement", "Random", "Seed"];

    private static IEnumerable<string> PropertyNames(Type t, HashSet<Type> seen)
    {
        if (!seen.Add(t) || t.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || t.IsEnum) yield break;
        foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return p.Name;
            var type = p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[0] : p.PropertyType;
            foreach (var n in PropertyNames(Nullable.GetUnderlyingType(type) ?? type, seen)) yield return n;
        }
    }

    [Theory]
    [InlineData(typeof(AgencySeatView))]
    [InlineData(typeof(VendorSeatView))]
    public void No_seat_view_can_carry_a_vendors_private_parameters(Type view)
    {
        var names = PropertyNames(view, []).ToHashSet();
        Assert.Contains("Servable", names); // the walk reaches nested records (bids)
        Assert.Empty(names.Intersect(PrivateParameters));
    }

    [Fact]
    public void A_vendors_view_holds_only_itself()
    {
        // VendorSeatView has no list of vendors and no received bids: only its own categories, proposals and bids.
        var names = PropertyNames(typeof(VendorSeatView), []).ToHashSet();
        Assert.DoesNotContain("Vendors", names);
        Assert.DoesNotContain("Bids", names);
        Assert.Contains("OwnBids", names);
    }

    [Fact]
    public void The_facilitator_sees_everything_and_the_running_score()
    {
        var game = AfterBids();
        var f = game.FacilitatorView();

        Assert.Equal(game.Result().Score, f.Score);
        Assert.Equal(2, f.Turns.Count);
        Assert.Equal(0.95, f.VendorSpecs.Single(v => v.Name == "replacement_a").Replacement!.BidProbability);
        Assert.Equal(game.Seats, f.Seats.Select(s => s.Seat));
        Assert.Equal(game.Result().Events.Count, f.Events.Count(e => e.Tick < 16));
    }
}
