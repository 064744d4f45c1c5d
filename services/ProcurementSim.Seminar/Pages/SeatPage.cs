using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Views;
using ProcurementSim.Seminar.Games;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>A player's page: only <see cref="SeminarGame.ViewFor"/> of the seat (fog of war), and its open decision as a form.</summary>
internal static class SeatPage
{
    private static readonly string[] AgencyOrders =
    [
        "set_share", "set_shadow", "propose_carve_out", "demand_all_lawful_uses", "solicit", "award", "award_direct",
        "give_notice", "terminate_now", "mark_transition_start", "mark_transition_complete", "note",
    ];

    public static string Full(GameSession session, string seat) => Page($"{seat} · game {session.Id}", $"""
        <h1>{E(seat)} <small>game {E(session.Id)}</small></h1>
        {Live($"/g/{session.Id}/seat/{seat}/fragment", $"/g/{session.Id}/seat/{seat}/events", Fragment(session, seat))}
        """);

    public static string Fragment(GameSession session, string seat)
    {
        var view = session.Read(g => g.ViewFor(seat));
        var id = session.Id;
        var head = $"""
            <section class="status card" data-week="{view.Week}" data-turn="{view.Turn}">
              <p><strong>{(view.Finished ? "Game over" : $"Turn {view.Turn} of {view.TotalTurns}, week {view.Week}")}</strong> · {(view.Kind == SeatKind.Human ? "you hold this seat" : "a bot holds this seat now")}</p>
              <p>Time left: {Timer(view.Pending.Count > 0 ? session.Remaining() : null, session.Settings.Paused)}</p>
              {NotStarted(session)}
            </section>
            """ + TimeoutNotices(view) + Briefing(view) + Messages(view, $"/g/{id}/seat/{seat}/message", session.Read(g => g.Seats)) + Rulings(view);
        var body = view switch
        {
            AgencySeatView a => Agency(a),
            VendorSeatView v => Vendor(v),
            _ => "",
        };
        var decision = view.Pending.Count == 0
            ? """<section class="card" id="decision" data-key="none"><p>No decision is open for you: wait for the next stop.</p></section>"""
            : $"""
              <section class="card" id="decision" data-key="{E(string.Join("|", view.Pending.Select(p => $"{p.Week}:{p.Kind}:{p.Number}")))}" data-move-url="/g/{E(id)}/seat/{E(seat)}/move">
                <h2>Your decision</h2>
                {(view is AgencySeatView av ? AgencyForm(av) : string.Concat(view.Pending.Select(VendorForm)))}
                <p><button type="button" class="suggest" data-url="/g/{E(id)}/seat/{E(seat)}/suggest">Show the bot's suggestion</button></p>
                <div id="suggestion"></div>
              </section>
              """;
        var events = view.Events.Reverse().Take(40).Select(e => new[] { E(e.Tick), E(e.Kind), E(e.Actor), E(e.Subject), E(e.Detail) });
        return head + decision + body + $"""<section class="card"><h2>What you know happened (newest first)</h2>{Table(["week", "event", "actor", "subject", "detail"], events, "timeline")}</section>""";
    }

    private static string Agency(AgencySeatView a) => $"""
        <section class="card"><h2>Agency</h2>
          <p>Weekly budget {N(a.WeeklyBudget)} · reputational risk {N(a.ReputationalRisk)} · capability last week {N(a.MissionCapabilityLastWeek)} · spend last week {N(a.SpendLastWeek)} · cost so far {N(a.CumulativeCost)}</p>
          {Table(["category", "demand", "criticality", "legal", "tasked", "capability last week"], a.Categories.Select(c => new[] { E(c.Name), N(c.Demand), N(c.Criticality), E(c.LegalStatus), E(c.Tasked), N(c.CapabilityLastWeek) }))}
          <h3>Vendors</h3>
          {Table(["vendor", "role", "state", "readiness", "price", "notice", .. a.Categories.Select(c => "share " + c.Name)],
              a.Vendors.Select(k => (IEnumerable<string>)[E(k.Name), E(k.Role), E(k.State), N(k.Readiness), N(k.Price), E(k.NoticeEffective), .. k.Shares.Select(s => N(s))]))}
          <h3>Bids received (solicitation {a.Solicitation})</h3>
          {(a.Bids.Count == 0 ? "<p>none</p>" : Table(["vendor", "week", "price", "quality", "all lawful uses", "servable"], a.Bids.Select(b => new[] { E(b.Vendor), E(b.Week), N(b.Price), N(b.Quality), b.AcceptsAllLawfulUses ? "yes" : "no", E(string.Join(", ", b.Servable)) }), "bids"))}
          {(a.AllLawfulUsesAnswer is { } ans ? $"<p>All-lawful-uses answer: {AnswerText(ans)}</p>" : "")}
        </section>
        """;

    private static string AgencyForm(AgencySeatView a)
    {
        var vendors = a.Vendors.Select(v => v.Name).ToList();
        var cats = a.Categories.Select(c => c.Name).ToList();
        return $"""
            <form class="orders-builder" data-kind="agency">
              <p>Your orders for this turn, applied in order at week {a.Week}. An empty list lets the contracts run as set.</p>
              <label>order <select name="order">{Options(AgencyOrders)}</select></label>
              <label>vendor <select name="vendor">{Options(vendors)}</select></label>
              <label>category <select name="category">{Options(cats)}</select></label>
              <label>share <input name="share" type="number" min="0" max="1" step="0.05" value="0.5"></label>
              <fieldset class="cats"><legend>categories (carve-out, solicit)</legend>{string.Concat(cats.Select(c => $"<label><input type=\"checkbox\" name=\"categories\" value=\"{E(c)}\"> {E(c)}</label>"))}</fieldset>
              <label>note kind <input name="noteKind" value="note"></label> <label>detail <input name="noteDetail" value=""></label>
              <button type="button" class="add-order">Add order</button>
              <ol class="orders"></ol>
              <button type="submit" class="submit-move">Submit orders</button>
            </form>
            """;
    }

    private static string AnswerText(UltimatumAnswer answer) => answer switch
    {
        UltimatumAnswer.Accepted => "accepted",
        UltimatumAnswer.Partial => "partially accepted (conditional categories now permitted, red lines kept; see the stances)",
        _ => "refused",
    };

    private static string VendorForm(PendingDecision p) => p.Kind switch
    {
        PendingDecisionKind.AnswerTerms when p.AllLawfulUses => $"""
            <form class="move-form" data-move="terms_answer" data-round="{p.Number}" data-alu="1">
              <p>The agency demands that you accept <strong>all lawful uses</strong> (round {p.Number}).</p>
              <button type="submit" name="answer" value="yes">Accept</button> <button type="submit" name="answer" value="partial">Accept all but your red lines</button> <button type="submit" name="answer" value="no">Refuse</button>
            </form>
            """,
        PendingDecisionKind.AnswerTerms => $"""
            <form class="move-form" data-move="terms_answer" data-round="{p.Number}" data-alu="0">
              <p>The agency asks you to permit these categories (round {p.Number}); tick the ones you permit:</p>
              {string.Concat(p.Categories.Select(c => $"<label><input type=\"checkbox\" name=\"accepted\" value=\"{E(c)}\"> {E(c)}</label>"))}
              <button type="submit">Answer</button>
            </form>
            """,
        PendingDecisionKind.BidOrNot => $"""
            <form class="move-form" data-move="bid_decision" data-solicitation="{p.Number}">
              <p>Solicitation {p.Number} for {E(string.Join(", ", p.Categories))}{(p.AllLawfulUses ? " (demands all lawful uses)" : "")}: do you bid? (price and coverage follow from your position)</p>
              <button type="submit" name="bid" value="yes">Bid</button> <button type="submit" name="bid" value="no">Do not bid</button>
            </form>
            """,
        _ => "",
    };

    private static string Vendor(VendorSeatView v) => $"""
        <section class="card"><h2>Your company ({E(v.Role)})</h2>
          <p>Status {E(v.Status)} · trust {N(v.Trust)} · quality {N(v.Quality)} · capacity {N(v.Capacity)} · list price {N(v.ListPrice)} · contract price {N(v.ContractPrice)} · readiness {N(v.Readiness)}{(v.NoticeEffective is { } n ? $" · notice effective week {n}" : "")}{(v.ClarificationPaused ? " · conditional work paused for a clarification" : "")} · earned last week {N(v.EarnedLastWeek)}</p>
          {Table(["category", "legal", "your stance", "non-negotiable", "share", "shadow share", "tasked", "served", "refused"],
              v.Categories.Select(c => new[] { E(c.Name), E(c.LegalStatus), E(c.Stance), c.NonNegotiable ? "yes" : "no", N(c.Share), N(c.ShadowShare), N(c.TaskedLastWeek), N(c.ServedLastWeek), N(c.RefusedLastWeek) }))}
          <h3>Your bids</h3>
          {(v.OwnBids.Count == 0 ? "<p>none</p>" : Table(["week", "solicitation", "price", "quality", "all lawful uses", "servable"], v.OwnBids.Select(b => new[] { E(b.Week), E(b.Solicitation), N(b.Price), N(b.Quality), b.AcceptsAllLawfulUses ? "yes" : "no", E(string.Join(", ", b.Servable)) }), "bids"))}
        </section>
        """;

    /// <summary>The messages this seat reads, newest first, and a form to write to a seat, everyone or the umpire.</summary>
    private static string Messages(SeatView view, string action, IReadOnlyList<string> seats) => $"""
        <section class="card" id="messages"><h2>Messages</h2>
          <form class="cmd" method="post" action="{E(action)}"><label>to <select name="to">{Options([MessageChannels.Public, MessageChannels.Umpire, .. seats.Where(s => s != view.Seat)])}</select></label>
            <input name="text" maxlength="{MessageChannels.MaxLength}" required> <button>Send</button></form>
          {MessageList(view.Messages)}
        </section>
        """;

    private static string Rulings(SeatView view) => view.Rulings.Count == 0 ? ""
        : $"""<section class="card" id="rulings"><h2>Umpire rulings</h2>{RulingList(view.Rulings)}</section>""";

    /// <summary>Rulings, newest first: week, on whom, the ruling, its reason, the outcome ruled.</summary>
    public static string RulingList(IReadOnlyList<Core.Seminar.Events.RulingMade> rulings) => rulings.Count == 0 ? "<p>No rulings yet.</p>"
        : Table(["week", "on", "ruling", "reason", "outcome"], rulings.Reverse().Select(r => new[] { E(r.Week), E(r.Seat), E(r.Ruling), E(r.Reason), r.Move is null ? "—" : E(MoveText.Of(r.Move)) }), "rulings");

    /// <summary>Messages, newest first: week, from, to, text.</summary>
    public static string MessageList(IReadOnlyList<Core.Seminar.Events.MessageSent> messages) => messages.Count == 0 ? "<p>No messages yet.</p>"
        : Table(["week", "from", "to", "message"], messages.Reverse().Select(m => new[] { E(m.Week), E(m.From), E(m.To), E(m.Text) }), "messages");

    /// <summary>The scenario's briefing for this seat (only its own).</summary>
    private static string Briefing(SeatView view) => view.Briefing.Length == 0 ? ""
        : $"""<section class="card" id="briefing"><h2>Your briefing</h2><p>{E(view.Briefing)}</p></section>""";

    private static string NotStarted(GameSession session) =>
        session.Settings.Started ? "" : "<p class=\"not-started\">The facilitator has not started the game: no clock runs yet.</p>";

    /// <summary>What the bot took for this seat when its time ran out (this seat's view only holds its own).</summary>
    private static string TimeoutNotices(SeatView view) => view.TimedOut.Count == 0 ? "" : $"""
        <section class="card" id="timeouts"><h2>Time ran out</h2><ul>{string.Concat(view.TimedOut.AsEnumerable().Reverse().Select(t => $"<li>Week {E(t.Week)}: {(t.Played ? "the bot took" : "the bot will take (as things stand)")} this move for you: {E(MoveText.Of(t.Move))}. Anything you had not submitted was not kept.</li>"))}</ul></section>
        """;

    public static string Suggestion(IReadOnlyList<SeatMove> moves) => moves.Count == 0
        ? "<p>The bot has nothing to suggest: no decision is open.</p>"
        : $"<p>The bot would: </p><ul>{string.Concat(moves.Select(m => $"<li>{E(MoveText.Of(m))}<code class=\"move-json\" hidden>{E(SeminarJson.Serialize(m))}</code></li>"))}</ul>";
}
