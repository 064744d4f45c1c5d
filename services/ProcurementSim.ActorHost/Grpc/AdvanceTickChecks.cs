using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>Checks an AdvanceTick: its form first, then against the run it names.</summary>
internal static class AdvanceTickChecks
{
    private const string Refused = "AdvanceTick refused";

    /// <summary>What can be checked without the run.</summary>
    public static void CheckForm(AdvanceTickRequest r)
    {
        var errors = new FieldErrors();
        RequestText.CheckRunId(errors, r.RunId, "run_id");
        errors.Require(r.Tick >= 0, "tick", $"must be 0 or more (it is {r.Tick})");
        errors.ThrowIfAny(Refused);
    }

    /// <summary>What needs the run: the actor is hosted here, the tick exists, injects and senders are the scenario's.</summary>
    public static TickPlan Check(AdvanceTickRequest r, HostedRun run)
    {
        var errors = new FieldErrors();
        var s = run.Scenario;
        var actors = 2 + s.Vendors.Count;
        var actor = run.Find(r.ActorId);
        errors.Require(actor is not null, "actor_id",
            $"actor {r.ActorId} is not hosted by this service for run '{run.Id}' (it hosts {string.Join(", ", run.ActorIds)})");
        errors.Require(r.Tick < s.Ticks, "tick", $"must be below the scenario's {s.Ticks} ticks (it is {r.Tick})");
        var listed = new HashSet<int>();
        for (var i = 0; i < r.Injects.Count; i++)
        {
            var n = r.Injects[i];
            errors.Require(n.Index >= 0 && n.Index < s.Injects.Count, $"injects[{i}].index",
                $"{n.Index} is not an inject of the scenario (it has {s.Injects.Count})");
            errors.Require(InjectMapping.IsKnown(n.Kind), $"injects[{i}].kind", $"{n.Kind} is not an inject kind");
            errors.Require(double.IsFinite(n.Magnitude), $"injects[{i}].magnitude", "must be a finite number");
            errors.Require(n.Weeks >= 0, $"injects[{i}].weeks", "must be 0 or more");
            errors.Require(listed.Add(n.Index), $"injects[{i}].index", $"inject {n.Index} is listed twice");
        }
        foreach (var (sender, count) in r.ExpectedMessages.OrderBy(e => e.Key))
        {
            errors.Require(sender >= 1 && sender < actors, $"expected_messages[{sender}]",
                $"{sender} is not an actor that sends messages (1 is the agency, 2..{actors - 1} the vendors)");
            errors.Require(count >= 0, $"expected_messages[{sender}]", $"the count must be 0 or more (it is {count})");
            errors.Require(r.Tick > 0 || count == 0, $"expected_messages[{sender}]", "nothing is sent before tick 0");
        }
        errors.ThrowIfAny(Refused);
        var injects = r.Injects.Select(n => InjectMapping.ToEnvelope(n, r.ActorId)).ToList();
        var expected = r.ExpectedMessages.Where(e => e.Value > 0).ToDictionary(e => e.Key, e => e.Value);
        return new TickPlan(actor!, injects, expected);
    }
}
