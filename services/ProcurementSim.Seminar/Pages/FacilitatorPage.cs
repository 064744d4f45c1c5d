using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Views;
using ProcurementSim.Seminar.Games;
using static ProcurementSim.Seminar.Pages.Formats;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The facilitator's page: controls, who must still move, the score, the public timeline.</summary>
internal static class FacilitatorPage
{
    public static string Full(GameSession session) => Page($"Facilitator · game {session.Id}", $"""
        <h1>Facilitator · game {E(session.Id)} <small>{E(session.Label)}</small></h1>
        <nav><a href="/g/{E(session.Id)}/debrief">Debrief</a> · <a href="/g/{E(session.Id)}/replay/1">Replay turn by turn</a> · {DebriefPage.ExportLinks(session.Id)}</nav>
        {Live($"/g/{session.Id}/facilitator/fragment", $"/g/{session.Id}/facilitator/events", Fragment(session))}
        """);

    public static string Fragment(GameSession session)
    {
        var (v, injects, fired) = session.Read(g => (g.FacilitatorView(), g.Scenario.Injects, FiredInjects(g)));
        var settings = session.Settings;
        var id = session.Id;
        var a = $"/g/{id}/facilitator";
        var waiting = v.Seats.Where(s => s.PendingDecisions > 0).Select(s => s.Seat).ToList();
        var seats = v.Seats.Select(s => new[]
        {
            E(s.Seat), s.Kind == SeatKind.Human ? "human" : "bot",
            s.PendingDecisions > 0 ? $"<strong>must move</strong> ({s.PendingDecisions})" : "—",
            $"""
            <form class="cmd" method="post" action="{a}/seat"><input type="hidden" name="seat" value="{E(s.Seat)}"><input type="hidden" name="kind" value="{(s.Kind == SeatKind.Human ? "bot" : "human")}"><button>make {(s.Kind == SeatKind.Human ? "bot" : "human")}</button></form>
            {(s.PendingDecisions > 0 ? $"""<form class="cmd" method="post" action="{a}/timeout"><input type="hidden" name="seat" value="{E(s.Seat)}"><button>take the bot's move now</button></form>""" : "")}
            <form class="cmd reissue" method="post" action="{a}/relink"><input type="hidden" name="seat" value="{E(s.Seat)}"><button>new link</button></form>
            """,
        });
        var injectOptions = string.Concat(injects.Select((inj, i) =>
            $"<option value=\"{i}\"{(fired[i] ? " disabled" : "")}>{i}: {E(Words(InjectCatalog.Get(inj.Kind).Key))}{(inj.Target is null ? "" : " → " + E(inj.Target))}{(inj.At is { } at ? $" (week {at})" : $" (random, {E(Percent(inj.Probability))} a week)")}{(fired[i] ? " — fired" : "")}</option>"));
        var turns = v.Turns.Select(t => new[] { E(t.Turn), E(t.LastWeek), E(Score(t.Score)) });
        var breakdown = v.Breakdown.Select(c => new[] { E(Words(c.Metric)), E(Metric(c.Metric, c.Value)), E(Score(c.Points)) });
        // The projector's timeline: what a vendor the event does not concern sees (award prices and the like left out).
        var timeline = v.Events.Where(e => e.Key).Select(EventVisibility.AsPublic).OfType<Core.Events.SimEvent>().Reverse().Take(40).Select(EventRow);
        return $"""
            <section class="status card" data-week="{v.Week}" data-turn="{v.Turn}">
              <p><strong>{(v.Finished ? "Game over" : $"Turn {v.Turn} of {v.TotalTurns}, week {v.Week}")}</strong> · {ScoreSoFar(v.Week, v.Score, v.Finished)}</p>
              <p>Timer: {Timer(session.Remaining(), settings.Paused)} · auto-timeout {(settings.AutoTimeout ? "on" : "off")}</p>
              {StartControl(session, a)}
              <p id="waiting">{(waiting.Count > 0 ? "Waiting for: " + E(string.Join(", ", waiting)) : v.Finished ? "" : "Nobody to wait for: advance when ready.")}</p>
              <form class="cmd" method="post" action="{a}/advance" data-done="The turn was played to the next stop"><button id="advance"{(v.Finished || waiting.Count > 0 ? " disabled" : "")}>{(v.Week == 0 && v.Turns.Count == 0 ? "Start" : "Advance")} turn</button></form>
              <form class="cmd" method="post" action="{a}/{(settings.Paused ? "resume" : "pause")}"><button>{(settings.Paused ? "Resume" : "Pause")} timer</button></form>
              <form class="cmd" method="post" action="{a}/autotimeout"><input type="hidden" name="on" value="{(settings.AutoTimeout ? "off" : "on")}"><button>Turn auto-timeout {(settings.AutoTimeout ? "off" : "on")}</button></form>
            </section>
            <section class="card"><h2>Seats</h2>{Table(["seat", "filled by", "decision", ""], seats, "seats")}<div id="relinked"></div>{Connected(session)}</section>
            {Messages(v, a)}
            {Rulings(v, a)}
            <section class="card"><h2>Injects</h2>
              <form class="cmd" method="post" action="{a}/inject" data-done="Inject fired"><select name="index">{injectOptions}</select><button{(injects.Count == 0 || v.Finished ? " disabled" : "")}>Fire now</button></form>
              <form class="cmd" method="post" action="{a}/inject" data-done="Custom inject fired">
                <select name="kind">{string.Concat(InjectCatalog.All.Select(d => $"<option value=\"{E(d.Key)}\">{E(Words(d.Key))}</option>"))}</select>
                <label>magnitude <input name="magnitude" type="number" step="any" min="0" value="0.5"></label>
                <label>weeks <input name="weeks" type="number" min="0" value="0"></label>
                <label>target <select name="target"><option value="">(none)</option>{Options(v.VendorSpecs.Select(s => s.Name))}</select></label>
                <button{(v.Finished ? " disabled" : "")}>Fire custom inject</button></form>
            </section>
            <section class="card"><h2>Score per turn</h2>{Table(["turn", "last week", "score"], turns)}
              <h3>Breakdown so far</h3>{Table(["metric", "value", "points"], breakdown)}</section>
            <section class="card"><h2>Public timeline (key events, newest first)</h2>{Table(EventHeaders, timeline, "timeline")}</section>
            """;
    }

    /// <summary>
    /// The running score, said so that it does not mislead: none before a week is played (the score of no weeks is
    /// meaningless), and "over the weeks played" after (early weeks score high: costs and gaps add up later).
    /// </summary>
    public static string ScoreSoFar(int weeksPlayed, double score, bool finished) => weeksPlayed == 0
        ? """score <span id="score" data-scored="0">—</span> (not yet scored: no week has been played)"""
        : $"""{(finished ? "final score" : "score so far")} <span id="score" data-scored="1">{E(Score(score))}</span>{(finished ? "" : $" (over the {weeksPlayed} week{(weeksPlayed == 1 ? "" : "s")} played; costs and gaps add up as the game goes on)")}""";

    /// <summary>Every message (private ones too), and a form to write as the umpire to a seat or to everyone.</summary>
    private static string Messages(FacilitatorView v, string actions) => $"""
        <section class="card" id="messages"><h2>Messages (all, private ones included)</h2>
          <form class="cmd" data-keep="message" method="post" action="{actions}/message"><label>to <select name="to">{Options([MessageChannels.Public, .. v.Seats.Select(s => s.Seat)])}</select></label>
            <input name="text" maxlength="{MessageChannels.MaxLength}" required> <button>Send as umpire</button></form>
          {SeatPage.MessageList(v.Messages)}
        </section>
        """;

    /// <summary>
    /// The rulings so far and the forms to rule: in words (to a seat or to everyone), optionally with an effect on the
    /// model (an inject of the catalog's kinds fired now: a readiness slips, trust falls), or on a seat's open decision
    /// in that decision's own form (the outcome ruled is the seat's move).
    /// </summary>
    private static string Rulings(FacilitatorView v, string actions)
    {
        var effects = string.Concat(InjectCatalog.All.Select(d => $"<option value=\"{E(d.Key)}\" title=\"{E(d.Summary)}\">{E(Words(d.Key))}</option>"));
        var open = v.Pending.Select(p => $"""
            <div class="rule-on"><h3>Rule on {E(p.Seat)}'s open decision</h3>{(p.Kind == PendingDecisionKind.AgencyOrders
                ? DecisionForms.Agency([.. v.Agency.Vendors.Select(x => x.Name)], [.. v.Agency.Categories.Select(c => c.Name)], p.Week, DecisionForms.Target.Ruling($"{actions}/rule", p.Seat))
                : DecisionForms.Vendor(p, DecisionForms.Target.Ruling($"{actions}/rule", p.Seat)))}</div>
            """);
        return $"""
            <section class="card" id="rulings"><h2>Umpire rulings</h2>
              <form class="cmd" data-keep="ruling" method="post" action="{actions}/rule" data-done="Ruled"><label>on <select name="seat">{Options([MessageChannels.Public, .. v.Seats.Select(s => s.Seat)])}</select></label>
                <label>ruling <input name="ruling" maxlength="{MessageChannels.MaxLength}" required></label> <label>reason <input name="reason" maxlength="{MessageChannels.MaxLength}" required></label>
                <fieldset class="effect"><legend>effect on the model (optional)</legend>
                  <label>what happens <select name="effect"><option value="">nothing: a ruling in words</option>{effects}</select></label>
                  <label>magnitude <input name="magnitude" type="number" step="any" min="0" value="0"></label>
                  <label>weeks <input name="weeks" type="number" min="0" value="0"></label>
                  <label>vendor <select name="target"><option value="">(none)</option>{Options(v.VendorSpecs.Select(s => s.Name))}</select></label>
                </fieldset>
                <button{(v.Finished ? " disabled" : "")}>Rule</button></form>
              <div id="rule-open">{string.Concat(open)}</div>
              {SeatPage.RulingList(v.Rulings)}
            </section>
            """;
    }

    /// <summary>Who has a live page open now, per role (the facilitator's own pages included).</summary>
    private static string Connected(GameSession session)
    {
        var connected = session.Connections();
        return $"""
            <p id="connected">Connected now: {string.Join(" · ", connected.Select(kv => $"{E(kv.Key)} {(kv.Value == 0 ? "<strong>none</strong>" : kv.Value == 1 ? "1 page" : $"{kv.Value} pages")}"))} · <a href="{Security.SeatAccess.GamesPath}">your games</a></p>
            """;
    }

    /// <summary>Until the facilitator starts the game no clock runs (links are handed out meanwhile).</summary>
    private static string StartControl(GameSession session, string actions) => session.Settings.Started ? "" : $"""
        <form class="cmd" method="post" action="{actions}/start"><button id="start-game">Start the game</button> no clock runs until you do</form>
        """;

    private static bool[] FiredInjects(SeminarGame g)
    {
        // An inject has fired when its event is in the log with the scenario's index (the Core refuses a second firing).
        var fired = new bool[g.Scenario.Injects.Count];
        foreach (var e in g.Events.OfType<Core.Seminar.Events.InjectFired>())
        {
            if (e.ScenarioInject is { } i && i >= 0 && i < fired.Length) fired[i] = true;
        }
        return fired;
    }

    /// <summary>A past state (start of a turn), read-only, with previous/next links.</summary>
    public static string Replay(string id, int turn, int lastTurn, FacilitatorView v) => Page($"Replay turn {turn}", $"""
        <h1>Game {E(id)} · start of turn {turn} (week {v.Week})</h1>
        <nav>{(turn > 1 ? $"<a id=\"prev\" href=\"/g/{E(id)}/replay/{turn - 1}\">← turn {turn - 1}</a>" : "")}
          {(turn < lastTurn ? $"<a id=\"next\" href=\"/g/{E(id)}/replay/{turn + 1}\">turn {turn + 1} →</a>" : "")}
          · <a href="/g/{E(id)}/debrief">Debrief</a></nav>
        <p>{ScoreSoFar(v.Week, v.Score, v.Finished)}</p>
        <h2>Vendors (as the agency knows them)</h2>
        {Table(["vendor", "state", "readiness", "price per unit", "notice takes effect"], v.Agency.Vendors.Select(k => new[] { E(k.Name), E(Words(k.State)), E(Percent(k.Readiness)), E(Money(k.Price)), k.NoticeEffective is { } n ? $"week {n}" : "—" }))}
        <h2>Key events so far</h2>
        {Table(EventHeaders, v.Events.Where(e => e.Key).Select(EventRow))}
        """);
}
