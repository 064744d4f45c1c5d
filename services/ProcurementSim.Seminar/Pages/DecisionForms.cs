using System.Text.Json;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using static ProcurementSim.Seminar.Pages.Formats;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>
/// A decision as a form in the seat's own words: the agency's order builder, a vendor's answer to terms, a bid
/// decision. The seat page sends it as the move; the debrief's fork sends the same form (prefilled with the move
/// taken) to the fork endpoint. The script (seminar.js) turns the form into the Core's move JSON in both cases.
/// </summary>
internal static class DecisionForms
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

    /// <summary>
    /// Where a form goes: the seat's move (handled by the script), a fork of decision <paramref name="ForkDecision"/>,
    /// or the umpire's ruling on seat <paramref name="RuleSeat"/>'s open decision (the form adds the ruling and its reason).
    /// </summary>
    /// <param name="ForkUrl">The fork endpoint, or null.</param>
    /// <param name="ForkDecision">The decision's index in <see cref="SeminarGame.Decisions"/>.</param>
    /// <param name="RuleUrl">The facilitator's ruling endpoint, or null.</param>
    /// <param name="RuleSeat">The seat whose decision is ruled on.</param>
    public sealed record Target(string? ForkUrl = null, int ForkDecision = -1, string? RuleUrl = null, string? RuleSeat = null)
    {
        public static Target Seat { get; } = new();

        /// <summary>The facilitator rules on <paramref name="seat"/>'s open decision through <paramref name="url"/>.</summary>
        public static Target Ruling(string url, string seat) => new(RuleUrl: url, RuleSeat: seat);

        /// <summary>Whether the form is the seat's own (worded to "you").</summary>
        public bool ForSeat => ForkUrl is null && RuleUrl is null;

        public string Open(string cls, string attributes)
        {
            if (ForkUrl is not null)
                return $"""<form class="{cls} fork" method="post" action="{E(ForkUrl)}" {attributes}><input type="hidden" name="decision" value="{ForkDecision}"><input type="hidden" name="move" value="">""";
            if (RuleUrl is not null)
            {
                return $"""
                    <form class="{cls} ruling" method="post" action="{E(RuleUrl)}" data-seat="{E(RuleSeat)}" {attributes}><input type="hidden" name="seat" value="{E(RuleSeat)}"><input type="hidden" name="move" value="">
                      <label>ruling <input name="ruling" maxlength="{MessageChannels.MaxLength}" required></label> <label>reason <input name="reason" maxlength="{MessageChannels.MaxLength}" required></label>
                    """;
            }
            return $"""<form class="{cls}" {attributes}>""";
        }

        public string Send(string what) => ForkUrl is not null ? "Fork with this and play out" : RuleUrl is not null ? "Rule this outcome" : what;
    }

    /// <summary>The agency's order builder for week <paramref name="week"/>, its list prefilled with <paramref name="taken"/>.</summary>
    public static string Agency(IReadOnlyList<string> vendors, IReadOnlyList<string> categories, int week, Target target, AgencyMove? taken = null)
    {
        var first = AgencyOrders[0].Fields.Split(' ');
        // A field is shown for the orders that use it (data-orders); the script switches them with the chosen order.
        string Field(string name, string html) =>
            $"""<div class="field" data-field="{name}" data-orders="{E(string.Join(" ", AgencyOrders.Where(o => o.Fields.Split(' ').Contains(name)).Select(o => o.Order)))}"{(first.Contains(name) ? "" : " hidden")}>{html}</div>""";
        var categoryOptions = string.Concat(categories.Select(c => $"<option value=\"{E(c)}\">{E(Words(c))}</option>"));
        // The prefilled list: each order's JSON (what is sent) and its words (what is shown).
        var prefill = taken is null ? "" : $" data-prefill=\"{E(JsonSerializer.Serialize(taken.Orders.Select(o => new { move = JsonDocument.Parse(SeminarJson.Serialize(o)).RootElement, text = MoveText.Of(o) })))}\"";
        return $"""
            {target.Open("orders-builder", $"data-kind=\"agency\" data-key=\"{week}:orders\"{prefill}")}
              <p>{(target.ForSeat ? "Your orders for this turn" : "The orders")}, applied in order at week {week}. An empty list lets the contracts run as set.</p>
              <label>order <select name="order">{string.Concat(AgencyOrders.Select(o => $"<option value=\"{o.Order}\">{E(o.Label)}</option>"))}</select></label>
              {Field("vendor", $"<label>vendor <select name=\"vendor\">{Options(vendors)}</select></label>")}
              {Field("category", $"<label>category <select name=\"category\">{categoryOptions}</select></label>")}
              {Field("share", "<label>share (0 to 1) <input name=\"share\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0.5\"></label>")}
              {Field("categories", $"<fieldset class=\"cats\"><legend>categories</legend>{string.Concat(categories.Select(c => $"<label><input type=\"checkbox\" name=\"categories\" value=\"{E(c)}\"> {E(Words(c))}</label>"))}</fieldset>")}
              {Field("note", "<label>note kind <input name=\"noteKind\" value=\"note\"></label> <label>sentence <input name=\"noteDetail\" value=\"\"></label>")}
              <button type="button" class="add-order">Add order</button>
              <ol class="orders"></ol>
              <button type="submit" class="submit-move">{target.Send("Submit orders")}</button>
            </form>
            """;
    }

    /// <summary>A vendor's decision; with <paramref name="taken"/>, the answer taken is ticked or marked.</summary>
    public static string Vendor(PendingDecision p, Target target, SeatMove? taken = null)
    {
        var terms = taken as TermsAnswerMove;
        var bid = taken as BidDecisionMove;
        string Mark(bool was) => was ? " <em>(taken)</em>" : "";
        return p.Kind switch
        {
            PendingDecisionKind.AnswerTerms when p.AllLawfulUses => $"""
                {target.Open("move-form", $"data-move=\"terms_answer\" data-round=\"{p.Number}\" data-alu=\"1\" data-key=\"{p.Week}:terms:{p.Number}\"")}
                  <p>The agency demands {(target.ForSeat ? "that you accept" : "acceptance of")} <strong>all lawful uses</strong> (round {p.Number}).</p>
                  <button type="submit" name="answer" value="yes">Accept{Mark(terms is { AllLawfulUses: true })}</button> <button type="submit" name="answer" value="partial">Accept all but the red lines{Mark(terms is { Partial: true })}</button> <button type="submit" name="answer" value="no">Refuse{Mark(terms is { AllLawfulUses: false, Partial: false })}</button>
                </form>
                """,
            PendingDecisionKind.AnswerTerms => $"""
                {target.Open("move-form", $"data-move=\"terms_answer\" data-round=\"{p.Number}\" data-alu=\"0\" data-key=\"{p.Week}:terms:{p.Number}\"")}
                  <p>The agency asks {(target.ForSeat ? "you" : "the vendor")} to permit these categories (round {p.Number}); tick the ones permitted:</p>
                  {string.Concat(p.Categories.Select(c => $"<label><input type=\"checkbox\" name=\"accepted\" value=\"{E(c)}\"{(terms?.Accepted.Contains(c) == true ? " checked" : "")}> {E(Words(c))}</label>"))}
                  <button type="submit">{target.Send("Answer")}</button>
                </form>
                """,
            PendingDecisionKind.BidOrNot => $"""
                {target.Open("move-form", $"data-move=\"bid_decision\" data-solicitation=\"{p.Number}\" data-key=\"{p.Week}:bid:{p.Number}\"")}
                  <p>Solicitation {p.Number} for {E(Words(p.Categories))}{(p.AllLawfulUses ? " (demands all lawful uses)" : "")}: bid? (price and coverage follow from the vendor's position)</p>
                  <button type="submit" name="bid" value="yes">Bid{Mark(bid is { Bid: true })}</button> <button type="submit" name="bid" value="no">Do not bid{Mark(bid is { Bid: false })}</button>
                </form>
                """,
            _ => "",
        };
    }
}
