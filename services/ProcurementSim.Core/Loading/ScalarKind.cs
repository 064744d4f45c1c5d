namespace ProcurementSim.Core.Loading;

/// <summary>What a plain scalar means under the YAML 1.2 core schema.</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    /// <summary><c>.inf</c>, <c>-.inf</c>, <c>.nan</c> and their case variants.</summary>
    NonFinite,
    Text,
}
