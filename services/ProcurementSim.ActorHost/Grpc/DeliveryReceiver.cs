using Microsoft.Extensions.Logging;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The receiving half of every delivery RPC, shared by the Agency and the Vendor service: checks the header and the
/// body, maps the body to its Core message and buffers it for the recipient's next tick (header.tick + 1), once. The
/// services differ only in who may send and receive (<see cref="ToAgency"/>, <see cref="ToVendor"/>) and in their bodies.
/// </summary>
public sealed partial class DeliveryReceiver(ActorRuns runs, ILogger<DeliveryReceiver> logger)
{
    /// <summary>Buffers a message of an Agency RPC: a vendor sends it to the agency.</summary>
    /// <param name="request">The request.</param>
    /// <param name="header">The request's routing.</param>
    /// <param name="rpc">The RPC's name, for error messages.</param>
    /// <param name="checkBody">Adds the body's field problems, given the run's scenario.</param>
    /// <param name="toCore">Maps the (checked) body to its Core message.</param>
    public Task<Ack> ToAgency<TRequest>(
        TRequest request, MessageHeader? header, string rpc, Action<TRequest, Scenario, FieldErrors> checkBody, Func<TRequest, ActorMessage> toCore) =>
        Receive(request, header, rpc, toAgency: true, checkBody, toCore);

    /// <summary>Buffers a message of a Vendor RPC: the agency sends it to a vendor.</summary>
    /// <param name="request">The request.</param>
    /// <param name="header">The request's routing.</param>
    /// <param name="rpc">The RPC's name, for error messages.</param>
    /// <param name="checkBody">Adds the body's field problems, given the run's scenario.</param>
    /// <param name="toCore">Maps the (checked) body to its Core message.</param>
    public Task<Ack> ToVendor<TRequest>(
        TRequest request, MessageHeader? header, string rpc, Action<TRequest, Scenario, FieldErrors> checkBody, Func<TRequest, ActorMessage> toCore) =>
        Receive(request, header, rpc, toAgency: false, checkBody, toCore);

    private Task<Ack> Receive<TRequest>(
        TRequest request, MessageHeader? header, string rpc, bool toAgency, Action<TRequest, Scenario, FieldErrors> checkBody, Func<TRequest, ActorMessage> toCore)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refused = rpc + " refused";
        var errors = new FieldErrors();
        if (header is null)
        {
            errors.Add("header", "is required");
            errors.ThrowIfAny(refused);
        }
        var h = header!;
        RequestText.CheckRunId(errors, h.RunId, "header.run_id");
        errors.Require(h.Tick >= 0, "header.tick", $"must be 0 or more (it is {h.Tick})");
        errors.Require(h.Sequence >= 0, "header.sequence", $"must be 0 or more (it is {h.Sequence})");
        errors.ThrowIfAny(refused);

        using var scope = logger.BeginRunScope(h.RunId, h.To);
        var run = runs.Find(h.RunId) ?? throw RpcErrors.UnknownRun(h.RunId);
        var s = run.Scenario;
        var actors = 2 + s.Vendors.Count;
        bool IsVendor(int id) => id >= 2 && id < actors;
        if (toAgency)
        {
            errors.Require(h.To == ActorIds.Agency, "header.to", $"must be the agency (1): {rpc} is an Agency RPC (it is {h.To})");
            errors.Require(IsVendor(h.From), "header.from", $"must be a vendor (2..{actors - 1}): only vendors call {rpc} (it is {h.From})");
        }
        else
        {
            errors.Require(IsVendor(h.To), "header.to", $"must be a vendor (2..{actors - 1}): {rpc} is a Vendor RPC (it is {h.To})");
            errors.Require(h.From == ActorIds.Agency, "header.from", $"must be the agency (1): only the agency calls {rpc} (it is {h.From})");
        }
        errors.Require(h.Tick < s.Ticks, "header.tick", $"must be below the scenario's {s.Ticks} ticks (it is {h.Tick})");
        var actor = run.Find(h.To);
        if (actor is null && errors.Count == 0)
        {
            errors.Add("header.to", $"actor {h.To} is not hosted by this service for run '{run.Id}' (it hosts {string.Join(", ", run.ActorIds)})");
        }
        checkBody(request, s, errors);
        errors.ThrowIfAny(refused);

        var tick = h.Tick + 1;
        var outcome = actor!.Deliver(tick, new MessageKey(h.From, h.Tick, h.Sequence), new Envelope(h.From, h.To, h.Sequence, toCore(request)));
        switch (outcome)
        {
            case DeliveryOutcome.Added:
                return Task.FromResult(new Ack { Duplicate = false });
            case DeliveryOutcome.Duplicate:
                LogDuplicate(logger, rpc, h.From, h.Tick, h.Sequence);
                return Task.FromResult(new Ack { Duplicate = true });
            case DeliveryOutcome.TooLate:
                throw RpcErrors.FailedPrecondition(
                    $"actor {h.To} of run '{run.Id}' has already played tick {tick}: message {h.Sequence} that actor {h.From} sent during tick {h.Tick} arrived too late");
            default:
                throw RpcErrors.FailedPrecondition(
                    $"actor {h.To} of run '{run.Id}' has played {actor.Played} tick(s): no actor can have sent it a message during tick {h.Tick} yet");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Rpc} from actor {From} (tick {Tick}, sequence {Sequence}) was already delivered; applied once")]
    private static partial void LogDuplicate(ILogger logger, string rpc, int from, int tick, int sequence);
}
