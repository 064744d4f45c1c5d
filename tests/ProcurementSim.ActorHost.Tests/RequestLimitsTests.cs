using System.Text;
using Google.Rpc;
using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>Issue #5: every field of the actor services' requests is checked; hostile requests get a precise status and the service keeps answering.</summary>
[Collection(ActorServicesCollection.Name)]
public sealed class RequestLimitsTests(ActorServices services)
{
    private static ScenarioFile File => ScenarioFile.Read("teaching-minimal.yaml");

    private static int Incumbent => ActorIds.Vendor(0);

    private static int ReplacementVendor => ActorIds.Vendor(1);

    [Fact]
    public async Task A_request_over_the_4_MiB_receive_limit_is_ResourceExhausted_and_the_service_keeps_answering()
    {
        var run = NewRun();
        var huge = run.InitRequest([ActorIds.Agency]);
        huge.ScenarioYaml = new string('#', 5 << 20); // 5 MiB of text: over the default 4 MiB limit

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(huge));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        Assert.Null(services.Agency.Runs!.Find(run.RunId));
        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));
        Assert.NotNull(services.Agency.Runs!.Find(run.RunId));
    }

    [Fact]
    public async Task A_call_whose_deadline_has_passed_gets_DeadlineExceeded_and_the_service_keeps_answering()
    {
        var request = new AdvanceTickRequest { RunId = "no-such-run", ActorId = ActorIds.Agency, Tick = 0 };

        var late = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.AdvanceTickAsync(request, DateTime.UtcNow.AddSeconds(-1)));
        var answered = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.AdvanceTickAsync(request));

        Assert.Equal(StatusCode.DeadlineExceeded, late.StatusCode);
        Assert.Equal(StatusCode.NotFound, answered.StatusCode); // the same call in time reaches the service
    }

    [Fact]
    public async Task A_huge_run_id_is_refused_by_every_lifecycle_call_without_echoing_it_whole()
    {
        var id = new string('r', 100_000);
        var init = NewRun().InitRequest([ActorIds.Agency]);
        init.RunId = id;

        var errors = new[]
        {
            await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(init)),
            await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = id, ActorId = ActorIds.Agency })),
            await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.EndRunAsync(new EndRunRequest { RunId = id })),
        };

        Assert.All(errors, e =>
        {
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
            Assert.Equal("run_id", Assert.Single(Violations(e)).Field);
            Assert.True(e.Status.Detail.Length < 300, e.Status.Detail); // the 128-character limit and the length, not the id
        });
    }

    [Fact]
    public async Task A_delivery_whose_run_id_has_a_line_break_is_refused_naming_the_header_field()
    {
        var notice = new NoticeRequest { Header = new MessageHeader { RunId = "run\nforged log line", Tick = 0, From = 1, To = Incumbent }, EffectiveTick = 3 };

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Vendor.Vendor.GiveNoticeAsync(notice).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("header.run_id", Assert.Single(Violations(e)).Field);
    }

    [Fact]
    public async Task InitRun_with_a_scenario_file_name_too_long_is_refused()
    {
        var request = NewRun().InitRequest([ActorIds.Agency]);
        request.ScenarioFile = new string('f', 257); // one past the 256-character limit

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("scenario_file", Assert.Single(Violations(e)).Field);
    }

    [Fact]
    public async Task InitRun_with_a_huge_peer_address_is_refused_without_echoing_it_whole()
    {
        var request = NewRun().InitRequest([ActorIds.Agency]);
        request.Peers[ActorIds.Agency] = "http://" + new string('h', 100_000) + ":5000"; // a well-formed URI, far over 2048 characters

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var only = Assert.Single(Violations(e));
        Assert.Equal("peers[1]", only.Field);
        Assert.True(only.Description.Length < 300, only.Description);
    }

    [Fact]
    public async Task InitRun_with_an_override_without_a_value_is_refused_naming_the_value()
    {
        var request = NewRun().InitRequest([ActorIds.Agency]);
        request.Overrides.Add(new InputValue { Name = "anything" }); // value left unset

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        // The missing value, then the name (teaching-minimal has no uncertainties nor levers).
        Assert.Equal(["overrides[0].value", "overrides[0].name"], Violations(e).Select(v => v.Field));
    }

    [Fact]
    public async Task InitRun_with_a_huge_strategy_name_is_refused_without_echoing_it_whole()
    {
        var request = NewRun().InitRequest([ActorIds.Agency]);
        request.Strategy = new string('s', 100_000);

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var only = Assert.Single(Violations(e));
        Assert.Equal("strategy", only.Field);
        Assert.True(e.Status.Detail.Length < 1000, e.Status.Detail);
    }

    [Fact]
    public async Task InitRun_of_a_scenario_with_500_problems_lists_the_first_100_and_counts_them_all()
    {
        var text = new StringBuilder(File.Yaml);
        for (var i = 0; i < 500; i++) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"unknown_{i}: 1\n"); // one diagnostic per key
        var request = NewRun().InitRequest([ActorIds.Agency]);
        request.ScenarioYaml = text.ToString();

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(100, Violations(e).Count);
        Assert.Contains("(500 problem(s))", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvanceTick_with_200000_injects_is_refused_promptly_with_100_violations_and_the_full_count()
    {
        var run = NewRun();
        await run.InitAsync();
        var request = new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 0 };
        // The same inject 200,000 times (about 1.2 MB): 199,999 duplicates. A quadratic duplicate check would take
        // minutes and hit the 60 s deadline; a linear one answers at once.
        request.Injects.Add(Enumerable.Range(0, 200_000).Select(_ => new ProcurementSim.Protocol.V1.InjectNotice { Index = 0, Kind = InjectKind.PublicReport, Magnitude = 0.1 }));
        var problems = 199_999 + (File.Scenario.Injects.Count == 0 ? 200_000 : 0); // + every index, when the scenario has no inject 0

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.AdvanceTickAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(100, Violations(e).Count);
        Assert.Contains($"(and {problems - 1} more; the first 100 are listed)", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tasking_share_above_1_is_refused_naming_its_index()
    {
        var run = NewRun();
        await run.InitAsync();
        var categories = File.Scenario.Categories.Count;
        var tasking = new TaskingRequest { Header = Header(run, ActorIds.Agency, Incumbent) };
        tasking.Shares.Add(Enumerable.Repeat(0.5, categories));
        tasking.Shares[0] = 1.5; // a share is a fraction of a category's demand
        tasking.ShadowShares.Add(Enumerable.Repeat(0.0, categories));

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Vendor.Vendor.SetTaskingAsync(tasking).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("shares[0]", Assert.Single(Violations(e)).Field);
    }

    [Fact]
    public async Task A_terms_proposal_with_round_0_and_a_category_twice_is_refused_naming_both()
    {
        var run = NewRun();
        await run.InitAsync();
        var proposal = new TermsProposalRequest { Header = Header(run, ActorIds.Agency, Incumbent), Round = 0 };
        proposal.Categories.Add([0, 0]);

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Vendor.Vendor.ProposeTermsAsync(proposal).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["round", "categories[1]"], Violations(e).Select(v => v.Field));
    }

    [Fact]
    public async Task A_solicitation_with_id_0_is_refused()
    {
        var run = NewRun();
        await run.InitAsync();
        var solicitation = new SolicitationRequest { Header = Header(run, ActorIds.Agency, ReplacementVendor), Id = 0 };
        solicitation.Categories.Add(0);

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Replacement.Vendor.SolicitAsync(solicitation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("id", Assert.Single(Violations(e)).Field);
    }

    [Fact]
    public async Task A_bid_with_solicitation_0_and_quality_above_1_is_refused_naming_both()
    {
        var run = NewRun();
        await run.InitAsync();
        var bid = new BidRequest { Header = Header(run, ReplacementVendor, ActorIds.Agency), SolicitationId = 0, Price = 10, Quality = 1.5 };

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Agency.SubmitBidAsync(bid).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["solicitation_id", "quality"], Violations(e).Select(v => v.Field));
    }

    [Fact]
    public async Task A_terms_answer_with_round_0_is_refused()
    {
        var run = NewRun();
        await run.InitAsync();
        var answer = new TermsAnswerRequest { Header = Header(run, Incumbent, ActorIds.Agency), Round = 0 };

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Agency.AnswerTermsAsync(answer).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("round", Assert.Single(Violations(e)).Field);
    }

    private DistributedRun NewRun()
    {
        var file = File;
        return new DistributedRun(services, file, file.Strategy("status_quo"), 1);
    }

    private static MessageHeader Header(DistributedRun run, int from, int to) => new() { RunId = run.RunId, Tick = 0, From = from, To = to };

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException e) =>
        e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? (IReadOnlyList<BadRequest.Types.FieldViolation>)[];
}
