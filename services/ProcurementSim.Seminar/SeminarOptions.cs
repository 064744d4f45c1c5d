namespace ProcurementSim.Seminar;

/// <summary>Configuration section "Seminar".</summary>
public sealed class SeminarOptions
{
    /// <summary>The SQLite game store (a file path, or ":memory:").</summary>
    public string StorePath { get; set; } = "seminar.db";

    /// <summary>Folder whose *.yaml files the facilitator can choose from; null or missing means paste only.</summary>
    public string? ScenariosFolder { get; set; }

    /// <summary>Games one address may create a minute (ASP.NET Core's rate limiter answers 429 beyond).</summary>
    public int GamesPerMinute { get; set; } = 10;
}
