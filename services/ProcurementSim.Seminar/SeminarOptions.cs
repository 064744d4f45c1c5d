namespace ProcurementSim.Seminar;

/// <summary>Configuration section "Seminar".</summary>
public sealed class SeminarOptions
{
    /// <summary>The SQLite game store (a file path, or ":memory:").</summary>
    public string StorePath { get; set; } = "seminar.db";

    /// <summary>Folder whose *.yaml files the facilitator can choose from; null or missing means paste only.</summary>
    public string? ScenariosFolder { get; set; }
}
