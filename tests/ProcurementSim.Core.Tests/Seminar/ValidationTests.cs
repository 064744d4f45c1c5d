using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

public class ValidationTests
{
    private static string? AgencyOrder(AgencyOrder order) =>
        SeminarGames.Start(humans: SeatIds.Agency).Submit(SeatIds.Agency, new AgencyMove([order]));

    [Fact]
    public void Impossible_agency_orders_are_refused_with_a_sentence()
    {
        Assert.Equal("order 1 (set_share): no vendor named 'nobody' in the scenario (the vendors are incumbent, replacement_a, replacement_b)",
            AgencyOrder(new SetShareOrder("nobody", "cyber_defense", 0.5)));
        Assert.Equal("order 1 (set_shadow): a share lies between 0 and 1; 1.5 was given",
            AgencyOrder(new SetShadowOrder("incumbent", "cyber_defense", 1.5)));
        Assert.Equal("order 1 (set_share): a share lies between 0 and 1; NaN was given",
            AgencyOrder(new SetShareOrder("incumbent", "cyber_defense", double.NaN)));
        // The scenario lists its categories in ordinal name order (MODEL.md §4.2).
        Assert.StartsWith("order 1 (propose_carve_out): no category named 'psyops' in the scenario (the categories are autonomous_lethal_weapons, ",
            AgencyOrder(new ProposeCarveOutOrder("incumbent", ["psyops"])), StringComparison.Ordinal);
        Assert.Equal("order 1 (solicit): name at least one category", AgencyOrder(new SolicitOrder([])));
        Assert.Equal("order 1 (solicit): category 'cyber_defense' is named twice", AgencyOrder(new SolicitOrder(["cyber_defense", "cyber_defense"])));
        Assert.Equal("order 1 (award): no bid from replacement_a was received for the current solicitation", AgencyOrder(new AwardOrder("replacement_a")));
        Assert.Equal("order 1 (award_direct): incumbent is not a replacement vendor: only a replacement can be awarded a contract",
            AgencyOrder(new AwardDirectOrder("incumbent")));
        Assert.Equal("order 1 (give_notice): replacement_a has no contract to end", AgencyOrder(new GiveNoticeOrder("replacement_a")));
        Assert.Equal("order 1 (terminate_now): replacement_b has no contract to end", AgencyOrder(new TerminateNowOrder("replacement_b")));
        Assert.Equal("order 1 (note): a note's kind is snake_case (a–z, 0–9, _), starting with a letter, at most 40 characters",
            AgencyOrder(new NoteOrder("Bad Kind", "x")));
        Assert.Equal("order 1 (note): a note needs a sentence of 1 to 200 characters", AgencyOrder(new NoteOrder("memo", " ")));
        // A possible order passes (the control for all of the above).
        Assert.Null(AgencyOrder(new SetShareOrder("incumbent", "cyber_defense", 0.5)));
    }

    [Fact]
    public void A_refused_move_changes_nothing()
    {
        var game = SeminarGames.Start(humans: SeatIds.Agency);

        Assert.NotNull(game.Submit(SeatIds.Agency, new AgencyMove([new SetShareOrder("incumbent", "cyber_defense", 0.5), new AwardOrder("replacement_a")])));

        Assert.Empty(game.Events);
        Assert.Single(game.Pending());
    }

    [Fact]
    public void Seats_without_a_decision_or_with_the_wrong_kind_of_move_are_refused()
    {
        var bots = SeminarGames.Start();
        Assert.Equal("there is no seat 'ghost' (the seats are agency, incumbent, replacement_a, replacement_b)",
            bots.Submit("ghost", new AgencyMove([])));
        Assert.Equal("the agency has no orders to give in week 0: it gives them at the first week of a turn, once, while its seat is human",
            bots.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Equal("incumbent has no open decision to time out", bots.TimeOut("incumbent"));

        var game = SeminarGames.Start(humans: "replacement_a");
        game.AdvanceTo(9);
        Assert.Equal("replacement_a is a vendor seat: only the agency gives orders", game.Submit("replacement_a", new AgencyMove([])));
        Assert.Equal("replacement_a has no proposal of round 1 to answer this week", game.Submit("replacement_a", new TermsAnswerMove(1, [], false)));
        Assert.Equal("replacement_a has no solicitation 2 to decide on this week", game.Submit("replacement_a", new BidDecisionMove(2, true)));
        Assert.Equal("the agency does not bid: that is a replacement vendor's decision", game.Submit(SeatIds.Agency, new BidDecisionMove(1, true)));
        Assert.Equal("a move is made by a person or the facilitator; bots and timeouts decide when the week is played",
            game.Submit("replacement_a", new BidDecisionMove(1, true), MoveSource.Bot));
        Assert.Null(game.Submit("replacement_a", new BidDecisionMove(1, true), MoveSource.Facilitator));
        Assert.Equal(MoveSource.Facilitator, Assert.Single(game.Decisions, d => d.Seat == "replacement_a").Source);
    }

    [Fact]
    public void Awarding_after_soliciting_in_the_same_move_is_refused()
    {
        var game = SeminarGames.Start("structured_replacement", 2, SeatIds.Agency);
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Null(game.Advance());
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new SolicitOrder(["intelligence_analysis", "cyber_defense"])])));
        Assert.Null(game.Advance());
        Assert.Equal(16, game.Week);
        Assert.Contains(game.AgencyView().Bids, b => b.Vendor == "replacement_a"); // seed 2: both replacements bid on solicitation 1 (as in Simulator.Run with seed 2)

        Assert.Equal("order 2 (award): a solicitation earlier in this move clears the bids received; award before soliciting again",
            game.Submit(SeatIds.Agency, new AgencyMove([new SolicitOrder(["cyber_defense"]), new AwardOrder("replacement_a")])));
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new AwardOrder("replacement_a")])));
        Assert.DoesNotContain(game.Result().Events, e => e.Kind == "contract_awarded"); // week 16 is not played yet
        Assert.Null(game.Advance());
        Assert.Equal(16, Assert.Single(game.Result().Events, e => e.Kind == "contract_awarded").Tick);
    }

    [Fact]
    public void A_vendor_cannot_give_up_a_non_negotiable_clause_or_answer_what_it_was_not_asked()
    {
        var ultimatum = SeminarGames.Start("ultimatum", 1, "incumbent");
        ultimatum.AdvanceTo(9);
        var p = Assert.Single(ultimatum.Pending());
        Assert.True(p.AllLawfulUses);
        Assert.Equal("incumbent's clause on 'autonomous_lethal_weapons' is non-negotiable: it cannot accept all lawful uses (a partial acceptance keeps it)",
            ultimatum.Submit("incumbent", new TermsAnswerMove(p.Number, [], true)));
        Assert.Equal($"round {p.Number} demands all lawful uses: answer yes or no (allLawfulUses) or partial, and name no categories",
            ultimatum.Submit("incumbent", new TermsAnswerMove(p.Number, ["weapons_development"], false)));
        Assert.Null(ultimatum.Submit("incumbent", new TermsAnswerMove(p.Number, [], false)));

        var carveOut = SeminarGames.Start("negotiate_carve_out", 1, "incumbent");
        carveOut.AdvanceTo(9);
        var q = Assert.Single(carveOut.Pending());
        Assert.False(q.AllLawfulUses);
        Assert.StartsWith($"round {q.Number} did not ask incumbent to permit 'cyber_defense' (it asked for ",
            carveOut.Submit("incumbent", new TermsAnswerMove(q.Number, ["cyber_defense"], false)), StringComparison.Ordinal);
        Assert.Equal($"round {q.Number} asks to permit categories, not all lawful uses: name the categories you permit",
            carveOut.Submit("incumbent", new TermsAnswerMove(q.Number, [], true)));
        Assert.Null(carveOut.Submit("incumbent", new TermsAnswerMove(q.Number, [q.Categories[0]], false)));
        Assert.Contains(carveOut.Result().Events, e => e.Kind == "terms_answered" && e.Tick == 9 && e.Detail.Contains($"permits 1 of {q.Categories.Count}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_human_incumbent_can_accept_all_lawful_uses_but_its_red_lines()
    {
        var game = SeminarGames.Start("ultimatum", 1, "incumbent");
        game.AdvanceTo(9);
        var p = Assert.Single(game.Pending());
        Assert.True(p.AllLawfulUses);
        Assert.Equal($"round {p.Number}: answer either allLawfulUses (accept all) or partial (keep the red lines), not both",
            game.Submit("incumbent", new TermsAnswerMove(p.Number, [], true, Partial: true)));

        Assert.Null(game.Submit("incumbent", new TermsAnswerMove(p.Number, [], false, Partial: true)));

        Assert.Contains(game.Result().Events, e => e.Kind == "terms_answered" && e.Tick == 9
            && e.Detail.Contains("except its red lines", StringComparison.Ordinal));
        var stances = game.VendorView("incumbent").Categories.ToDictionary(c => c.Name, c => c.Stance);
        Assert.Equal(PolicyStance.Permitted, stances["weapons_development"]);
        Assert.Equal(PolicyStance.Permitted, stances["battlefield_operations"]);
        Assert.Equal(PolicyStance.Prohibited, stances["autonomous_lethal_weapons"]);
        Assert.Equal(PolicyStance.Prohibited, stances["domestic_mass_surveillance"]);
    }

    [Fact]
    public void A_terms_answer_stored_before_partial_answers_existed_reads_as_not_partial_and_keeps_its_form()
    {
        const string Stored = "{\"move\":\"terms_answer\",\"round\":3,\"accepted\":[],\"allLawfulUses\":false}";

        var move = Assert.IsType<TermsAnswerMove>(SeminarJson.Deserialize<SeatMove>(Stored));

        Assert.False(move.Partial);
        Assert.Equal(Stored, SeminarGames.Json<SeatMove>(move));
        Assert.Contains("\"partial\":true", SeminarGames.Json<SeatMove>(move with { Partial = true }), StringComparison.Ordinal);
    }
}
