using System.Runtime.InteropServices;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for a long command: the first signal writes the given message and cancels
/// <see cref="Token"/>, so the command stops and keeps what is done; a second one ends the process at once.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _stopping;

    public StopSignal(TextWriter error, string message)
    {
        void OnSignal(PosixSignalContext context)
        {
            if (Interlocked.Exchange(ref _stopping, 1) == 1) return;
            context.Cancel = true;
            error.WriteLine(message);
            _stop.Cancel();
        }

        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }
}
