namespace ProcurementSim.Core.Conditions;

/// <summary>
/// The names a condition may use and how mistakes about them are worded: outcome conditions use metric names,
/// strategy triggers use signposts. A flag is a name that may stand alone as a truth (true when its value is not 0).
/// </summary>
/// <param name="Names">Every name a comparison may use.</param>
/// <param name="Flags">Names that may also stand alone (a subset of <paramref name="Names"/>).</param>
/// <param name="Noun">What a name is, for "'x' is not one": "a metric name or 'score'".</param>
/// <param name="Example">What is expected where a name is missing: "a metric name such as capability_gap_weeks, or 'score'".</param>
/// <param name="Sample">A short condition shown when the text is empty: "capability_gap_weeks &gt; 8".</param>
/// <param name="ListNames">Whether an unknown name's message lists every name (after any close suggestion).</param>
public sealed record ConditionVocabulary(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Flags,
    string Noun,
    string Example,
    string Sample,
    bool ListNames);
