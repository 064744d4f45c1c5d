using Google.Protobuf.Collections;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// Field checks of the delivery RPCs' bodies against the run's scenario (category indices, array lengths). Every check
/// takes the scenario, used or not (<c>_</c>), so that each RPC passes its check to <see cref="DeliveryReceiver"/> alike.
/// </summary>
internal static class DeliveryChecks
{
    public static void Check(TaskingRequest r, Scenario s, FieldErrors e)
    {
        Shares(r.Shares, "shares", s, e);
        Shares(r.ShadowShares, "shadow_shares", s, e);
    }

    public static void Check(TermsProposalRequest r, Scenario s, FieldErrors e)
    {
        Round(r.Round, e);
        Categories(r.Categories, "categories", s, e);
    }

    public static void Check(SolicitationRequest r, Scenario s, FieldErrors e)
    {
        e.Require(r.Id >= 1, "id", $"must be 1 or more: the agency numbers its solicitations from 1 (it is {r.Id})");
        Categories(r.Categories, "categories", s, e);
    }

    public static void Check(AwardRequest r, Scenario _, FieldErrors e) => e.Require(double.IsFinite(r.Price) && r.Price >= 0, "price", "must be a finite number, 0 or more");

    public static void Check(NoticeRequest r, Scenario _, FieldErrors e) => e.Require(r.EffectiveTick >= 0, "effective_tick", "must be 0 or more");

    public static void Check(IncidentRequest r, Scenario s, FieldErrors e) => Category(r.Category, "category", s, e);

    public static void Check(TermsAnswerRequest r, Scenario s, FieldErrors e)
    {
        Round(r.Round, e);
        Categories(r.Accepted, "accepted", s, e);
    }

    public static void Check(BidRequest r, Scenario s, FieldErrors e)
    {
        e.Require(r.SolicitationId >= 1, "solicitation_id", $"must be 1 or more: the agency numbers its solicitations from 1 (it is {r.SolicitationId})");
        e.Require(double.IsFinite(r.Price) && r.Price >= 0, "price", "must be a finite number, 0 or more");
        e.Require(r.Quality is >= 0 and <= 1, "quality", "must be in [0, 1]");
        Categories(r.Servable, "servable", s, e);
    }

    public static void Check(ReadinessRequest r, Scenario _, FieldErrors e) => e.Require(r.Readiness is >= 0 and <= 1, "readiness", "must be in [0, 1]");

    public static void Check(ClarificationRequest r, Scenario _, FieldErrors e) => e.Require(r.Weeks >= 0, "weeks", "must be 0 or more");

    // An accreditation result is a yes or no: nothing to check.
    public static void Check(AccreditationRequest r, Scenario _, FieldErrors e)
    {
    }

    private static void Shares(RepeatedField<double> shares, string field, Scenario s, FieldErrors e)
    {
        var n = s.Categories.Count;
        e.Require(shares.Count == n, field, $"has {shares.Count} values; the scenario has {n} categories");
        for (var i = 0; i < shares.Count; i++)
        {
            e.Require(shares[i] is >= 0 and <= 1, $"{field}[{i}]", "must be a share in [0, 1]");
        }
    }

    private static void Categories(RepeatedField<int> categories, string field, Scenario s, FieldErrors e)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < categories.Count; i++)
        {
            Category(categories[i], $"{field}[{i}]", s, e);
            e.Require(seen.Add(categories[i]), $"{field}[{i}]", $"category {categories[i]} is listed twice");
        }
    }

    private static void Round(int round, FieldErrors e) =>
        e.Require(round >= 1, "round", $"must be 1 or more: the agency numbers its rounds from 1 (it is {round})");

    private static void Category(int category, string field, Scenario s, FieldErrors e) =>
        e.Require(category >= 0 && category < s.Categories.Count, field,
            $"{category} is not a category index of the scenario (0..{s.Categories.Count - 1})");
}
