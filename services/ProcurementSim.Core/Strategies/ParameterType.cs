namespace ProcurementSim.Core.Strategies;

/// <summary>The type of a strategy parameter, as the scenario file must give it.</summary>
public enum ParameterType
{
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A real number.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>The name of a replacement vendor of the scenario.</summary>
    ReplacementVendor,
    /// <summary>One of a fixed list of words.</summary>
    Choice,
    /// <summary>A condition over signposts (<see cref="Strategies.Trigger"/>), or <c>always</c>.</summary>
    Trigger,
}
