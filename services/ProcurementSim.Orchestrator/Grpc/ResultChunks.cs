using Google.Protobuf;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>A run's files as StreamResult sends them: result.json, timeline.csv, then report.html when asked, each in chunks of at most <see cref="MaxBytes"/>.</summary>
internal static class ResultChunks
{
    /// <summary>The largest chunk: far below any receive limit.</summary>
    public const int MaxBytes = 256 * 1024;

    public static IEnumerable<ResultChunk> Of(RunFiles files, bool includeReport)
    {
        ArgumentNullException.ThrowIfNull(files);
        var named = new List<(string Name, byte[] Bytes)> { ("result.json", files.ResultJson), ("timeline.csv", files.TimelineCsv) };
        if (includeReport)
        {
            named.Add(("report.html", files.ReportHtml.Value));
        }

        foreach (var (name, bytes) in named)
        {
            // An empty file is one empty chunk, so that every file asked for is named.
            var offset = 0;
            do
            {
                var length = Math.Min(MaxBytes, bytes.Length - offset);
                yield return new ResultChunk { File = name, Size = bytes.Length, Offset = offset, Data = ByteString.CopyFrom(bytes, offset, length) };
                offset += length;
            }
            while (offset < bytes.Length);
        }
    }
}
