namespace ProcurementSim.Core.Experiments;

/// <summary>
/// Where each sample of a Sobol (Saltelli) design sits: N base rows of k + 2 blocks each, sample = row × (k + 2) + block.
/// Block 0 is row j of matrix A, block 1 row j of matrix B, block 2 + i row j of A_B^(i) (A with column i taken from B).
/// The runs of block 0 and of every block 2 + i of a row share the random streams of block 0 (<see cref="StreamSampleOf"/>),
/// so that f_A − f_AB^(i) moves only with input i; block 1 has its own (docs/MODEL.md §13.13).
/// </summary>
/// <param name="BaseRows">N, the rows of each base matrix (at least 2).</param>
/// <param name="Inputs">k, the inputs varied (at least 1).</param>
public sealed record SobolLayout(int BaseRows, int Inputs)
{
    /// <summary>The block of matrix A.</summary>
    public const int BlockA = 0;

    /// <summary>The block of matrix B.</summary>
    public const int BlockB = 1;

    /// <summary>Blocks per base row: k + 2.</summary>
    public int Blocks => Inputs + 2;

    /// <summary>Samples of the design: N × (k + 2), or more than <see cref="int.MaxValue"/> as a long.</summary>
    public long Samples => (long)BaseRows * Blocks;

    /// <summary>The block of A_B^(i) for input <paramref name="input"/> (0-based, in plan input order).</summary>
    public static int BlockOfInput(int input) => input + 2;

    /// <summary>The base row of a sample.</summary>
    public int RowOf(int sample) => sample / Blocks;

    /// <summary>The block of a sample.</summary>
    public int BlockOf(int sample) => sample % Blocks;

    /// <summary>The sample of (row, block).</summary>
    public int SampleOf(int row, int block) => (row * Blocks) + block;

    /// <summary>Whether input <paramref name="input"/> of a sample in <paramref name="block"/> comes from matrix B (else from A).</summary>
    public static bool FromB(int block, int input) => block == BlockB || block == BlockOfInput(input);

    /// <summary>The sample whose random streams a sample plays with: B's own, else the row's A sample.</summary>
    public int StreamSampleOf(int sample) => BlockOf(sample) == BlockB ? sample : sample - BlockOf(sample);
}
