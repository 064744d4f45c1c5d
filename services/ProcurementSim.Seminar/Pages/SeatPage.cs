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
              {NotStarted(session)}
            </section>
            """ + TimeoutNotices(view) + Briefing(view) + Messages(view, $"/g/{id}/seat/{seat}/message", session.Read(g => g.Seats)) + Rulings(view);
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
                {(view is AgencySeatView av ? DecisionForms.Agency([.. av.Vendors.Select(v => v.Name)], [.. av.Categories.Select(c => c.Name)], av.Week, DecisionForms.Target.Seat) : string.Concat(view.Pending.Select(p => DecisionForms.Vendor(p, DecisionForms.Target.Seat))))}
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

    private static string AnswerText(UltimatumAnswer answer) => answer switch
    {
        UltimatumAnswer.Accepted => "accepted",
        UltimatumAnswer.Partial => "partially accepted (conditional categories now permitted, red lines kept; see the stances)",
        _ => "refused",
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

    /// <summary>The messages this seat reads, newest first, and a form to write to a seat, everyone or the umpire.</summary>
    private static string Messages(SeatView view, string action, IReadOnlyList<string> seats) => $"""
        <section class="card" id="messages"><h2>Messages</h2>
          <form class="cmd" data-keep="message" method="post" action="{E(action)}"><label>to <select name="to">{Options([MessageChannels.Public, MessageChannels.Umpire, .. seats.Where(s => s != view.Seat)])}</select></label>
            <input name="text" maxlength="{MessageChannels.MaxLength}" required> <button>Send</button></form>
          {MessageList(view.Messages)}
        </section>
        """;

    private static string Rulings(SeatView view) => view.Rulings.Count == 0 ? ""
        : $"""<section class="card" id="rulings"><h2>Umpire rulings</h2>{RulingList(view.Rulings)}</section>""";

    /// <summary>Rulings, newest first: week, on whom, the ruling, its reason, the outcome ruled.</summary>
    public static string RulingList(IReadOnlyList<Core.Seminar.Events.RulingMade> rulings) => rulings.Count == 0 ? "<p>No rulings yet.</p>"
        : Table(["week", "on", "ruling", "reason", "outcome"], rulings.Reverse().Select(r => new[] { E(r.Week), E(r.Seat), E(r.Ruling), E(r.Reason), MoveText.Of(r) is { } outcome ? E(outcome) : "—" }), "rulings");

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
