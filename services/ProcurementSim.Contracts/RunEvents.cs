namespace ProcurementSim.Contracts;

/// <summary>Maps an event kind to the bus message that carries it.</summary>
public static class RunEvents
{
    /// <summary>The typed message for an event of the run.</summary>
    public static IRunEvent Create(string runId, RunEventData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind switch
        {
            "partnership_reduced" => new PartnershipReduced(runId, e),
            "termination_notice" or "terminated_immediately" or "contract_terminated" => new PartnershipTerminated(runId, e),
            "solicitation_issued" => new SolicitationIssued(runId, e),
            "contract_awarded" => new ContractAwarded(runId, e),
            "accreditation_granted" or "accreditation_failed" => new AccreditationGranted(runId, e),
            "red_line_breach" or "compliance_incident" => new ComplianceIncidentReported(runId, e),
            "clarification_requested" => new ClarificationRequested(runId, e),
            _ => new RunEventRecorded(runId, e),
        };
    }
}
