using ProcurementSim.ServiceDefaults.Security;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// Hosting settings of a ProcurementSim service, bound from the configuration section <c>ProcSim</c>
/// (e.g. <c>ProcSim:GrpcPort=5110</c>, env <c>ProcSim__GrpcPort=5110</c>).
/// </summary>
public sealed class ProcSimOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ProcSim";

    /// <summary>
    /// The address both endpoints listen on. Loopback by default; anything else (e.g. <c>0.0.0.0</c>) exposes the
    /// service beyond this machine and must be given explicitly. <c>localhost</c> means 127.0.0.1.
    /// </summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Port of the gRPC endpoint (HTTP/2, over TLS when <see cref="Tls"/> has a certificate); 0 picks a free port.</summary>
    public int GrpcPort { get; set; }

    /// <summary>Port of the HTTP/1.1 endpoint that serves <c>/health</c>; 0 picks a free port.</summary>
    public int HttpPort { get; set; }

    /// <summary>
    /// Deadline of one outgoing call made through <see cref="PeerChannels"/>, retries included, when the caller
    /// sets none in its <c>CallOptions</c>.
    /// </summary>
    public double CallTimeoutSeconds { get; set; } = 10;

    /// <summary>How many times <see cref="PeerChannels"/> tries a unary call that fails with Unavailable.</summary>
    public int CallAttempts { get; set; } = 4;

    /// <summary>Base delay of the exponential backoff (with jitter) between tries.</summary>
    public double RetryBaseDelayMilliseconds { get; set; } = 200;

    /// <summary>The circuit of an address opens when at least this many tries were sampled ...</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>... and at least this fraction of them failed with Unavailable ...</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>... within this many seconds.</summary>
    public double BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long an open circuit rejects calls before it lets one through to test the peer.</summary>
    public double BreakerBreakSeconds { get; set; } = 5;

    /// <summary>The default of <see cref="MaxReceiveMessageBytes"/>: 4 MiB, gRPC's own default, written down.</summary>
    public const int DefaultMaxReceiveMessageBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Largest request message the gRPC server accepts; a larger one is refused with ResourceExhausted before it is
    /// parsed. Unset = the service's default (<see cref="DefaultMaxReceiveMessageBytes"/>; the orchestrator sets its
    /// own, sized for a 1 MiB scenario).
    /// </summary>
    public int? MaxReceiveMessageBytes { get; set; }

    /// <summary>True when <see cref="BindAddress"/> is a loopback address: nothing beyond this machine can connect.</summary>
    public bool ListensOnLoopbackOnly
    {
        get
        {
            try
            {
                return System.Net.IPAddress.IsLoopback(KestrelEndpoints.ParseBindAddress(BindAddress));
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>TLS of the gRPC endpoint and trust for outgoing calls (section <c>ProcSim:Tls</c>).</summary>
    public TlsOptions Tls { get; set; } = new();

    internal TimeSpan CallTimeout => TimeSpan.FromSeconds(CallTimeoutSeconds);
}
