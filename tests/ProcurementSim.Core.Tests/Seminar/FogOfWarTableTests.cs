using System.Text.RegularExpressions;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Testing.Files;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>
/// The table of who sees what in docs/SEMINAR-MODEL.md is the app's (<see cref="EventVisibility.Rules"/>), and every
/// row holds in the seats' views of played games: the expectations below come from the document, not from the app.
/// </summary>
public sealed partial class FogOfWarTableTests
{
    private static readonly Dictionary<string, EventAccess> Cells = new(StringComparer.Ordinal)
    {
        ["all"] = EventAccess.All,
        ["public form"] = EventAccess.PublicForm,
        ["own only"] = EventAccess.Own,
        ["own: all; else public form"] = EventAccess.OwnElsePublicForm,
        ["—"] = EventAccess.None,
    };

    [GeneratedRegex(@"^\| `(?<kind>[^`]+)`[^|]*\|(?<cells>(?:[^|]*\|){4})\s*$")]
    private static partial Regex Row();

    /// <summary>The rows of the "Who sees what" table, as written.</summary>
    private static List<EventVisibilityRule> DocumentedRules()
    {
        var text = File.ReadAllText(Repository.Path("docs", "SEMINAR-MODEL.md"));
        var section = text[text.IndexOf("### Who sees what", StringComparison.Ordinal)..];
        var rules = new List<EventVisibilityRule>();
        foreach (var line in section.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => !l.StartsWith("| event kind", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')))
        {
            var m = Row().Match(line);
            Assert.True(m.Success, "a row of the table does not read as `kind` | 4 cells: " + line);
            var cells = m.Groups["cells"].Value.Split('|')[..4].Select(c => Cells.TryGetValue(c.Trim(), out var a) ? a : throw new InvalidOperationException($"unknown cell '{c.Trim()}' in: {line}")).ToArray();
            rules.Add(new EventVisibilityRule(m.Groups["kind"].Value, cells[0], cells[1], cells[2], cells[3]));
        }
        return rules;
    }

    private static EventVisibilityRule Documented(List<EventVisibilityRule> rules, string kind) =>
        rules.FirstOrDefault(r => r.Kind == kind) ?? rules.Single(r => r.Kind == (kind.StartsWith("inject_", StringComparison.Ordinal) ? "inject_*" : "*"));

    [Fact]
    public void The_documented_table_is_the_apps_row_for_row()
    {
        var documented = DocumentedRules();
        Assert.True(documented.Count >= 20, $"only {documented.Count} rows read from the table");
        Assert.Equal(documented, EventVisibility.Rules);
    }

    [Fact]
    public void Every_row_of_the_table_holds_in_the_seats_views_of_played_games()
    {
        var rules = DocumentedRules();
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var game in Games())
        {
            var all = game.FacilitatorView().Events;
            foreach (var seat in game.Seats)
            {
                var role = seat == SeatIds.Agency ? (VendorRole?)null : game.Scenario.Vendors.Single(v => v.Name == seat).Role;
                var expected = new List<(SimEvent Event, bool Whole)>();
                foreach (var e in all)
                {
                    var rule = Documented(rules, e.Kind);
                    exercised.Add(rule.Kind);
                    var (access, party) = role switch
                    {
                        null => (rule.Agency, EventVisibility.AgencyNames.Contains(e.Actor) || EventVisibility.AgencyNames.Contains(e.Subject)),
                        VendorRole.Incumbent => (rule.Incumbent, e.Actor == seat || e.Subject == seat),
                        _ => (rule.Replacement, e.Actor == seat || e.Subject == seat),
                    };
                    var whole = access == EventAccess.All || (party && access is EventAccess.Own or EventAccess.OwnElsePublicForm);
                    var publicForm = !whole && access is EventAccess.PublicForm or EventAccess.OwnElsePublicForm;
                    if (whole || publicForm) expected.Add((e, whole));
                }
                var seen = game.ViewFor(seat).Events;
                Assert.Equal(expected.Count, seen.Count);
                for (var i = 0; i < seen.Count; i++)
                {
                    var (e, whole) = expected[i];
                    var s = seen[i];
                    Assert.Equal((e.Tick, e.Kind, e.Actor, e.Subject, e.Key), (s.Tick, s.Kind, s.Actor, s.Subject, s.Key));
                    if (whole) Assert.Equal(e.Detail, s.Detail);
                    else Assert.False(s.Detail.Any(char.IsDigit), $"{seat} sees a figure in the public form of {e.Kind}: {s.Detail}");
                }
            }
        }
        // Every row was met in the games (so each was checked), the public form included.
        Assert.Equal(rules.Select(r => r.Kind).Order(StringComparer.Ordinal), exercised.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_incumbent_does_not_see_the_price_of_a_replacements_award_and_the_winner_does()
    {
        var game = Scripted();
        var award = game.FacilitatorView().Events.First(e => e.Kind == "contract_awarded");
        Assert.Contains("per task unit", award.Detail, StringComparison.Ordinal);
        Assert.Equal($"the agency awards {award.Subject} a contract", game.ViewFor("incumbent").Events.Single(e => e.Kind == "contract_awarded" && e.Tick == award.Tick).Detail);
        Assert.Equal(award.Detail, game.ViewFor(award.Subject).Events.Single(e => e.Kind == "contract_awarded" && e.Tick == award.Tick).Detail);
        Assert.Equal(award.Detail, game.ViewFor(SeatIds.Agency).Events.Single(e => e.Kind == "contract_awarded" && e.Tick == award.Tick).Detail);
    }

    private static IEnumerable<SeminarGame> Games()
    {
        yield return Scripted();
        // Seed 8: B fails accreditation (SEMINAR.md §2.4); the other strategies bring incidents, breaches and clarifications.
        yield return SeminarGames.Start("structured_replacement", 8).PlayOut();
        yield return SeminarGames.Start("negotiate_carve_out", 1).PlayOut();
        yield return SeminarGames.Start("status_quo", 1).PlayOut();
        // Seeds 1 and 20260227: B is awarded and carries work; misuse of its output it permits is a compliance incident.
        yield return SeminarGames.Start("structured_replacement", 1).PlayOut();
        yield return SeminarGames.Start("structured_replacement", 20260227).PlayOut();
    }

    /// <summary>A human agency that demands, proposes, cuts, solicits, notes, awards, gives notice, meets a legal challenge and terminates.</summary>
    private static SeminarGame Scripted()
    {
        var game = SeminarGames.Start(humans: [SeatIds.Agency]);
        Orders(game,
            new DemandAllLawfulUsesOrder("incumbent"),
            new ProposeCarveOutOrder("incumbent", ["weapons_development"]),
            new SetShareOrder("incumbent", "battlefield_operations", 0.5),
            new SolicitOrder(["battlefield_operations"]),
            new NoteOrder("memo", "why we hedge"));
        // B accepts all lawful uses, so the integrator's misuse of its output is a compliance incident, not a breach.
        var bidder = game.AgencyView().Bids.Select(b => b.Vendor).OrderByDescending(v => v == "replacement_b").First();
        Orders(game, new AwardOrder(bidder), new GiveNoticeOrder("incumbent"));
        Assert.Null(game.FireInject(new CustomInject("legal_challenge", 2_000_000, 4, null)));
        Orders(game, new TerminateNowOrder("incumbent"));
        return game.PlayOut();
    }

    private static void Orders(SeminarGame game, params AgencyOrder[] orders)
    {
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove(orders)));
        Assert.Null(game.Advance());
    }
}
