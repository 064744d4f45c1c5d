using System.IO.Compression;
using System.Text;
using ProcurementSim.Analysis.Rows;

namespace ProcurementSim.Analysis.Output;

/// <summary>
/// <c>states.bin</c>: a shard's played states, every number as the experiment computed it, so that a merge can
/// write the same runs.csv, runs.parquet and summary as the unsharded experiment. Gzip (fastest level) over a little-
/// endian stream: the magic <c>PSIMSTATES</c>, the version (int32 = 1), the experiment's id (a length-prefixed UTF-8
/// string), the number of inputs, strategies and outcomes (int32 each); then per state: state, sample and replication
/// (int32), the inputs (float64), and per strategy its outcomes (float64) and its weeks of capability (int32, then
/// float64 each); and at the end −1 (int32) and the number of states (int64), so a cut-off file is detected.
/// </summary>
public static class StatesFile
{
    private const string Magic = "PSIMSTATES";
    private const int Version = 1;

    /// <summary>Writes states to a stream; dispose it to finish the file.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly BinaryWriter _writer;
        private long _states;
        private bool _finished;

        /// <summary>Starts the file on <paramref name="stream"/>, which the writer owns from now on.</summary>
        public Writer(Stream stream, string experiment, int inputs, int strategies)
        {
            ArgumentNullException.ThrowIfNull(stream);
            _writer = new BinaryWriter(new BufferedStream(new GZipStream(stream, CompressionLevel.Fastest), 1 << 16), Encoding.UTF8);
            _writer.Write(Encoding.ASCII.GetBytes(Magic));
            _writer.Write(Version);
            _writer.Write(experiment);
            _writer.Write(inputs);
            _writer.Write(strategies);
            _writer.Write(RunRow.Names.Count);
        }

        /// <summary>Appends a state.</summary>
        public void Write(StateRow state)
        {
            ArgumentNullException.ThrowIfNull(state);
            _writer.Write(state.State);
            _writer.Write(state.Sample);
            _writer.Write(state.Replication);
            foreach (var value in state.Inputs) _writer.Write(value);
            foreach (var run in state.Runs)
            {
                foreach (var value in run.Outcomes) _writer.Write(value);
                _writer.Write(run.Capability.Length);
                foreach (var value in run.Capability) _writer.Write(value);
            }
            _states++;
        }

        /// <summary>Writes the end marker and closes the file.</summary>
        public void Dispose()
        {
            if (!_finished)
            {
                _writer.Write(-1);
                _writer.Write(_states);
                _finished = true;
            }
            _writer.Dispose();
        }
    }

    /// <summary>Reads every state of a file written for <paramref name="experiment"/>, in file order.</summary>
    /// <exception cref="InvalidDataException">The file is not a states file of that experiment and shape, or is cut off.</exception>
    public static IEnumerable<StateRow> Read(Stream stream, string experiment, int inputs, int strategies)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(new BufferedStream(new GZipStream(stream, CompressionMode.Decompress), 1 << 16), Encoding.UTF8);
        var (magic, version, id, fileInputs, fileStrategies, outcomes) = Header(reader);
        if (magic != Magic || version != Version) throw new InvalidDataException("it is not a procsim states file (version 1)");
        if (id != experiment) throw new InvalidDataException("it belongs to another experiment than its shard.json");
        if (fileInputs != inputs || fileStrategies != strategies || outcomes != RunRow.Names.Count)
        {
            throw new InvalidDataException("its shape (inputs, strategies, outcomes) is not the experiment's");
        }

        long count = 0;
        while (true)
        {
            var state = Next(reader, () => reader.ReadInt32());
            if (state == -1) break;
            var sample = reader.ReadInt32();
            var replication = reader.ReadInt32();
            var values = Doubles(reader, inputs);
            var runs = new RunRow[strategies];
            for (var k = 0; k < strategies; k++)
            {
                var runOutcomes = Doubles(reader, outcomes);
                runs[k] = new RunRow(runOutcomes, Doubles(reader, reader.ReadInt32()));
            }
            count++;
            yield return new StateRow(state, sample, replication, values, runs);
        }

        if (Next(reader, () => reader.ReadInt64()) != count) throw new InvalidDataException("its state count does not match its end marker");
    }

    private static (string Magic, int Version, string Id, int Inputs, int Strategies, int Outcomes) Header(BinaryReader reader) =>
        Next(reader, () => (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)), reader.ReadInt32(), reader.ReadString(),
            reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()));

    private static double[] Doubles(BinaryReader reader, int count)
    {
        if (count is < 0 or > 1_000_000) throw new InvalidDataException("it holds a malformed record");
        var values = new double[count];
        for (var i = 0; i < count; i++) values[i] = Next(reader, reader.ReadDouble);
        return values;
    }

    // A read that ends the stream early means the file was cut off (a shard killed while writing it).
    private static T Next<T>(BinaryReader reader, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("it is cut off (the shard did not finish writing it)", e);
        }
    }
}
