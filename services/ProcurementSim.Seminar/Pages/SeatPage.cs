using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Views;
using ProcurementSim.Seminar.Games;
using static ProcurementSim.Seminar.Pages.Formats;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>A player's page: only <see cref="SeminarGame.ViewFor"/> of the seat (fog of war), and its open decision as a form.</summary>
internal static class SeatPage
{
    // The orders a person can give, in words, each with the fields it uses (the form shows only those). The two
    // mark_transition_* orders are left out: they change nothing (stored games still read them).
    private static readonly (string Order, string Label, string Fields)[] AgencyOrders =
    [
        ("set_share", "route a share of a category to a vendor", "vendor category share"),
        ("set_shadow", "parallel run: a shadow share of a category on a vendor", "vendor category share"),
        ("propose_carve_out", "ask a vendor to permit categories (carve-out)", "vendor categories"),
        ("demand_all_lawful_uses", "demand that a vendor accept all lawful uses", "vendor"),
        ("solicit", "call for bids (solicitation) for categories", "categories"),
        ("award", "award a contract on the vendor's bid", "vendor"),
        ("award_direct", "award a contract directly, without a bid", "vendor"),
        ("give_notice", "give a vendor notice (its contract ends later)", "vendor"),
        ("terminate_now", "terminate a vendor's contract now", "vendor"),
        ("set_transition_target", "set the transition target: the incumbent's share of a category", "category share"),
        ("note", "write a note in the log (your reasoning)", "note"),
    ];

    public static string Full(GameSession session, string seat) => Page($"{seat} · game {session.Id}", $"""
        <h1>{E(seat)} <small>game {E(session.Id)}</small></h1>
        {Live($"/g/{session.Id}/seat/{seat}/fragment", $"/g/{session.Id}/seat/{seat}/events", Fragment(session, seat))}
        """);

    public static string Fragment(GameSession session, string seat)
    {
        var (view, sent) = session.Read(g => (g.ViewFor(seat), SentMoves.Render(g, seat)));
        var id = session.Id;
        var head = $"""
            <section class="status card" data-week="{view.Week}" data-turn="{view.Turn}">
              <p><strong>{(view.Finished ? "Game over" : $"Turn {view.Turn} of {view.TotalTurns}, week {view.Week}")}</strong> · {(view.Kind == SeatKind.Human ? "you hold this seat" : "a bot holds this seat now")}</p>
              <p>Time left: {Timer(view.Pending.Count > 0 ? session.Remaining() : null, session.Settings.Paused)}</p>
            </section>
            """;
        var body = view switch
        {
            AgencySeatView a => Agency(a),
            VendorSeatView v => Vendor(v),
            _ => "",
        };
        var decision = view.Finished
            ? $"""<section class="card" id="decision" data-key="none"><p id="game-over"><strong>The game is over.</strong> <a href="/g/{E(id)}/debrief">Read the debrief</a>: every decision beside the bot's, the score per turn, and what-if forks.</p></section>"""
            : view.Pending.Count == 0
            ? """<section class="card" id="decision" data-key="none"><p>No decision is open for you: wait for the next stop.</p></section>"""
            : $"""
              <section class="card" id="decision" data-key="{E(string.Join("|", view.Pending.Select(p => $"{p.Week}:{p.Kind}:{p.Number}")))}" data-move-url="/g/{E(id)}/seat/{E(seat)}/move">
                <h2>Your decision</h2>
                {(view is AgencySeatView av ? AgencyForm(av) : string.Concat(view.Pending.Select(VendorForm)))}
                <p><button type="button" class="suggest" data-url="/g/{E(id)}/seat/{E(seat)}/suggest">Show the bot's suggestion</button></p>
                <div id="suggestion"></div>
              </section>
              """;
        var events = view.Events.Reverse().Take(40).Select(Html.EventRow);
        return head + decision + sent + body + $"""<section class="card"><h2>What you know happened (newest first)</h2>{Table(EventHeaders, events, "timeline")}</section>""";
    }

    private static string Agency(AgencySeatView a)
    {
        var played = a.Week > 0;
        return $"""
        <section class="card"><h2>Agency</h2>
          <p>Weekly budget {E(Money(a.WeeklyBudget))} · reputational risk {E(Number(a.ReputationalRisk))} · capability last week {(played ? E(Percent(a.MissionCapabilityLastWeek)) : "— (no week played yet)")} · spend last week {E(Money(a.SpendLastWeek))} · cost so far {E(Money(a.CumulativeCost))}</p>
          {Table(["category", "demand (units/week)", "criticality", "legal", "tasked", "capability last week"], a.Categories.Select(c => new[] { E(Words(c.Name)), E(Number(c.Demand)), E(Number(c.Criticality)), E(Words(c.LegalStatus)), E(YesNo(c.Tasked)), played ? E(Percent(c.CapabilityLastWeek)) : "—" }))}
          <h3>Vendors</h3>
          {Table(["vendor", "role", "state", "readiness", "price per unit", "notice takes effect", .. a.Categories.Select(c => "share of " + Words(c.Name))],
              a.Vendors.Select(k => (IEnumerable<string>)[E(k.Name), E(Words(k.Role)), E(Words(k.State)), E(Percent(k.Readiness)), E(Money(k.Price)), k.NoticeEffective is { } n ? $"week {n}" : "—", .. k.Shares.Select(s => E(Percent(s)))]), "vendors")}
          <h3>Vendors' usage policies (as they have told you)</h3>
          {Table(["vendor", .. a.Categories.Select(c => Words(c.Name))],
              a.Vendors.Select(k => (IEnumerable<string>)[E(k.Name), .. k.Stances.Select(s => E(Words(s)))]), "stances")}
          <h3>Bids received (solicitation {a.Solicitation})</h3>
          {(a.Bids.Count == 0 ? "<p>none</p>" : Table(["vendor", "week", "price per unit", "quality", "all lawful uses", "would serve"], a.Bids.Select(b => new[] { E(b.Vendor), E(b.Week), E(Money(b.Price)), E(Number(b.Quality)), YesNo(b.AcceptsAllLawfulUses), E(Words(b.Servable)) }), "bids"))}
          {(a.AllLawfulUsesAnswer is { } ans ? $"<p>All-lawful-uses answer: {AnswerText(ans)}</p>" : "")}
        </section>
        """;
    }

    private static string AgencyForm(AgencySeatView a)
    {
        var vendors = a.Vendors.Select(v => v.Name).ToList();
        var first = AgencyOrders[0].Fields.Split(' ');
        // A field is shown for the orders that use it (data-orders); the script switches them with the chosen order.
        string Field(string name, string html) =>
            $"""<div class="field" data-field="{name}" data-orders="{E(string.Join(" ", AgencyOrders.Where(o => o.Fields.Split(' ').Contains(name)).Select(o => o.Order)))}"{(first.Contains(name) ? "" : " hidden")}>{html}</div>""";
        var categoryOptions = string.Concat(a.Categories.Select(c => $"<option value=\"{E(c.Name)}\">{E(Words(c.Name))}</option>"));
        return $"""
            <form class="orders-builder" data-kind="agency" data-key="{a.Week}:orders">
              <p>Your orders for this turn, applied in order at week {a.Week}. An empty list lets the contracts run as set.</p>
              <label>order <select name="order">{string.Concat(AgencyOrders.Select(o => $"<option value=\"{o.Order}\">{E(o.Label)}</option>"))}</select></label>
              {Field("vendor", $"<label>vendor <select name=\"vendor\">{Options(vendors)}</select></label>")}
              {Field("category", $"<label>category <select name=\"category\">{categoryOptions}</select></label>")}
              {Field("share", "<label>share (0 to 1) <input name=\"share\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0.5\"></label>")}
              {Field("categories", $"<fieldset class=\"cats\"><legend>categories</legend>{string.Concat(a.Categories.Select(c => $"<label><input type=\"checkbox\" name=\"categories\" value=\"{E(c.Name)}\"> {E(Words(c.Name))}</label>"))}</fieldset>")}
              {Field("note", "<label>note kind <input name=\"noteKind\" value=\"note\"></label> <label>sentence <input name=\"noteDetail\" value=\"\"></label>")}
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
            <form class="move-form" data-move="terms_answer" data-round="{p.Number}" data-alu="1" data-key="{p.Week}:terms:{p.Number}">
              <p>The agency demands that you accept <strong>all lawful uses</strong> (round {p.Number}).</p>
              <button type="submit" name="answer" value="yes">Accept</button> <button type="submit" name="answer" value="partial">Accept all but your red lines</button> <button type="submit" name="answer" value="no">Refuse</button>
            </form>
            """,
        PendingDecisionKind.AnswerTerms => $"""
            <form class="move-form" data-move="terms_answer" data-round="{p.Number}" data-alu="0" data-key="{p.Week}:terms:{p.Number}">
              <p>The agency asks you to permit these categories (round {p.Number}); tick the ones you permit:</p>
              {string.Concat(p.Categories.Select(c => $"<label><input type=\"checkbox\" name=\"accepted\" value=\"{E(c)}\"> {E(Words(c))}</label>"))}
              <button type="submit">Answer</button>
            </form>
            """,
        PendingDecisionKind.BidOrNot => $"""
            <form class="move-form" data-move="bid_decision" data-solicitation="{p.Number}" data-key="{p.Week}:bid:{p.Number}">
              <p>Solicitation {p.Number} for {E(Words(p.Categories))}{(p.AllLawfulUses ? " (demands all lawful uses)" : "")}: do you bid? (price and coverage follow from your position)</p>
              <button type="submit" name="bid" value="yes">Bid</button> <button type="submit" name="bid" value="no">Do not bid</button>
            </form>
            """,
        _ => "",
    };

    private static string Vendor(VendorSeatView v)
    {
        var played = v.Week > 0;
        return $"""
        <section class="card"><h2>Your company ({E(Words(v.Role))})</h2>
          <p>Status {E(Words(v.Status))} · trust in the agency {E(Number(v.Trust))} · quality {E(Number(v.Quality))} · capacity {E(Number(v.Capacity))} units/week · list price {E(Money(v.ListPrice))} · contract price {E(Money(v.ContractPrice))} · readiness {E(Percent(v.Readiness))}{(v.NoticeEffective is { } n ? $" · notice takes effect week {n}" : "")}{(v.ClarificationPaused ? " · conditional work paused for a clarification" : "")} · earned last week {(played ? E(Money(v.EarnedLastWeek)) : "—")}</p>
          {Table(["category", "legal", "your stance", "non-negotiable", "share", "shadow share", "tasked last week", "served", "refused"],
              v.Categories.Select(c => new[] { E(Words(c.Name)), E(Words(c.LegalStatus)), E(Words(c.Stance)), YesNo(c.NonNegotiable), E(Percent(c.Share)), E(Percent(c.ShadowShare)), E(Number(c.TaskedLastWeek, 1)), E(Number(c.ServedLastWeek, 1)), E(Number(c.RefusedLastWeek, 1)) }))}
          <h3>Your bids</h3>
          {(v.OwnBids.Count == 0 ? "<p>none</p>" : Table(["week", "solicitation", "price per unit", "quality", "all lawful uses", "would serve"], v.OwnBids.Select(b => new[] { E(b.Week), E(b.Solicitation), E(Money(b.Price)), E(Number(b.Quality)), YesNo(b.AcceptsAllLawfulUses), E(Words(b.Servable)) }), "bids"))}
        </section>
        """;
    }

    public static string Suggestion(IReadOnlyList<SeatMove> moves) => moves.Count == 0
        ? "<p>The bot has nothing to suggest: no decision is open.</p>"
        : $"<p>The bot would: </p><ul>{string.Concat(moves.Select(m => $"<li>{E(MoveText.Of(m))}<code class=\"move-json\" hidden>{E(SeminarJson.Serialize(m))}</code></li>"))}</ul>";
}
