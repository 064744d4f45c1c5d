namespace ProcurementSim.Core.Loading;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
