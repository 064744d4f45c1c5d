namespace ProcurementSim.Core.Seminar;

/// <summary>How much of one kind of event a seat sees (a cell of the table in docs/SEMINAR-MODEL.md, "Who sees what").</summary>
public enum EventAccess
{
    /// <summary>Never.</summary>
    None,
    /// <summary>Every field, only when the seat's actor did it or is its subject; otherwise not at all.</summary>
    Own,
    /// <summary>Its public form: week, kind, actor and subject, and a detail without figures or terms.</summary>
    PublicForm,
    /// <summary>Every field when the seat's actor did it or is its subject; otherwise its public form.</summary>
    OwnElsePublicForm,
    /// <summary>Every field.</summary>
    All,
}
