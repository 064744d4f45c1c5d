using FsCheck;
using FsCheck.Fluent;

namespace ProcurementSim.Testing.Fuzz;

/// <summary>FsCheck generators for <see cref="Mutation"/> lists: a few edits each, biased to YAML's special characters.</summary>
public static class MutationGenerators
{
    private static readonly string[] Tokens =
    [
        ":", ": ", "-", "- ", " ", "\n", "\t", "\r", "[", "]", "{", "}", ",", "&a ", "*a", "*b", "&a [*a, *a]", "!", "!!str ", "!!int ",
        "|", ">", "'", "\"", "#", "%", "@", "`", "?", "---\n", "...\n", ".nan", ".inf", "-.inf", "1e999", "-1", "0", "0x1F",
        "null", "~", "true", "<<: *a", "\0", "\uFEFF", "\u2028", "é", "\uD800", "ticks: 5\n", "name: x\n", "  - ", "99999999999999999999",
    ];

    public static Arbitrary<Mutation[]> Mutations()
    {
        var one =
            from kind in Gen.Choose(0, Mutation.Kinds - 1)
            from position in Gen.Choose(0, int.MaxValue)
            from other in Gen.Choose(0, 1 << 16)
            from token in Gen.Elements(Tokens)
            select new Mutation(kind, position, other, token);
        return Arb.From(Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(one, n)));
    }
}
