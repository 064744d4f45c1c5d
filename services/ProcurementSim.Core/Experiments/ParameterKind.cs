namespace ProcurementSim.Core.Experiments;

/// <summary>The type of a scenario parameter, which decides how a sampled number is stored.</summary>
public enum ParameterKind
{
    /// <summary>A whole number; a sampled value is rounded half away from zero.</summary>
    Integer,
    /// <summary>A real number, stored as sampled.</summary>
    Number,
    /// <summary>true or false, sampled as 1 or 0; a value of 0.5 or more means true.</summary>
    Boolean,
}
