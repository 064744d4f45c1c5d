using ProcurementSim.Seminar.Games;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Who is connected (issue 13, point 7): pages counted as they say so, forgotten when they stop.</summary>
public sealed class PagePresenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_page_that_stops_saying_it_is_open_is_forgotten_after_the_window_and_that_is_a_change()
    {
        var presence = new PagePresence();
        Assert.True(presence.Seen("agency", "a", leaving: false, T0));
        Assert.False(presence.Seen("agency", "a", leaving: false, T0.AddSeconds(PagePresence.HeartbeatSeconds)));
        Assert.True(presence.Seen("incumbent", "i", leaving: false, T0.AddSeconds(20)));

        // Within the window the agency's page still counts; past it (heard last at 15 s), it does not.
        Assert.Equal(1, presence.Count("agency", T0.AddSeconds(15) + PagePresence.Window));
        Assert.Equal(0, presence.Count("agency", T0.AddSeconds(16) + PagePresence.Window));
        // The incumbent's next heartbeat, after the window, forgets the agency's page and reports the change.
        Assert.True(presence.Seen("incumbent", "i", leaving: false, T0.AddSeconds(16) + PagePresence.Window));
        Assert.Equal(0, presence.Count("agency", T0.AddSeconds(16) + PagePresence.Window));
        Assert.Equal(1, presence.Count("incumbent", T0.AddSeconds(16) + PagePresence.Window));
    }

    [Fact]
    public void Leaving_forgets_the_page_at_once_and_a_role_keeps_at_most_the_cap()
    {
        var presence = new PagePresence();
        for (var i = 0; i < PagePresence.MaxPagesPerRole + 10; i++) presence.Seen("agency", $"p{i}", leaving: false, T0);
        Assert.Equal(PagePresence.MaxPagesPerRole, presence.Count("agency", T0));
        Assert.True(presence.Seen("agency", "p0", leaving: true, T0));
        Assert.False(presence.Seen("agency", "p0", leaving: true, T0)); // gone already: no change
        Assert.Equal(PagePresence.MaxPagesPerRole - 1, presence.Count("agency", T0));
    }

    [Theory]
    [InlineData("3f2b9c1e-8a4d-4e1f-9b7a-2c5d6e7f8a9b", true)]
    [InlineData("lq1x2-0.5", false)]
    [InlineData("", false)]
    [InlineData("<script>", false)]
    public void A_page_id_is_letters_digits_dashes_and_underscores(string page, bool ok) => Assert.Equal(ok, PagePresence.IsPageId(page));
}
