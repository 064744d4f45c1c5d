namespace ProcurementSim.ServiceDefaults.Security;

/// <summary>
/// TLS of a service (section <c>ProcSim:Tls</c>). With a certificate the gRPC endpoint serves HTTP/2 over TLS
/// (<c>https://</c>); without one it serves HTTP/2 cleartext, as on a developer's machine. The <c>/health</c>
/// endpoint stays HTTP/1.1 cleartext on its own port (it says nothing but "healthy").
/// </summary>
public sealed class TlsOptions
{
    /// <summary>The server certificate: a PEM file (with <see cref="KeyPath"/>) or a PKCS#12 file (.pfx/.p12, with <see cref="Password"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>; empty for a PKCS#12 file.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of a PKCS#12 file or of an encrypted PEM key; give it from a secret (env <c>ProcSim__Tls__Password</c>), never from a file in the repository.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// PEM file of the certificate authorities trusted for outgoing <c>https://</c> calls to peers (besides the
    /// system's); empty trusts the system's store only. There is no switch to accept any certificate.
    /// </summary>
    public string? CaPath { get; set; }

    /// <summary>True when a server certificate is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
