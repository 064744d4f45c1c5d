using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementSim.Testing.Security;

/// <summary>
/// A certificate authority and a server certificate it signs (for 127.0.0.1, ::1 and localhost), made at test time
/// and written as PEM files to a directory of their own; a second, unrelated authority to be refused.
/// No certificate or key lives in the repository.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        Directory.CreateDirectory(Root);
        var notBefore = DateTimeOffset.UtcNow.AddMinutes(-5);
        var notAfter = notBefore.AddDays(1);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ProcurementSim test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(ca, notBefore.AddMinutes(1), notAfter.AddMinutes(-1), [1, 2, 3, 4, 5, 6, 7, 8]);

        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherRequest = new CertificateRequest("CN=Some other CA", otherKey, HashAlgorithmName.SHA256);
        otherRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var other = otherRequest.CreateSelfSigned(notBefore, notAfter);

        File.WriteAllText(CaPath, ca.ExportCertificatePem());
        File.WriteAllText(OtherCaPath, other.ExportCertificatePem());
        File.WriteAllText(CertificatePath, server.ExportCertificatePem());
        File.WriteAllText(KeyPath, serverKey.ExportPkcs8PrivateKeyPem());
        using var withKey = server.CopyWithPrivateKey(serverKey);
        File.WriteAllBytes(PfxPath, withKey.Export(X509ContentType.Pkcs12, PfxPassword));
    }

    private string Root { get; } = Path.Combine(Path.GetTempPath(), "procsim-tls-" + Guid.NewGuid().ToString("N"));

    /// <summary>The authority's certificate (PEM).</summary>
    public string CaPath => Path.Combine(Root, "ca.pem");

    /// <summary>An authority that signed nothing here (PEM).</summary>
    public string OtherCaPath => Path.Combine(Root, "other-ca.pem");

    /// <summary>The server certificate (PEM).</summary>
    public string CertificatePath => Path.Combine(Root, "server.pem");

    /// <summary>The server's private key (PEM, PKCS#8).</summary>
    public string KeyPath => Path.Combine(Root, "server-key.pem");

    /// <summary>The server certificate with its key as PKCS#12, protected by <see cref="PfxPassword"/>.</summary>
    public string PfxPath => Path.Combine(Root, "server.pfx");

    /// <summary>The password of <see cref="PfxPath"/>.</summary>
    public string PfxPassword => "test-pfx-password";

    /// <summary>The settings that make a service serve gRPC over TLS and trust the authority for its peers.</summary>
    public IDictionary<string, string?> ServiceSettings() => new Dictionary<string, string?>
    {
        ["ProcSim:Tls:CertificatePath"] = CertificatePath,
        ["ProcSim:Tls:KeyPath"] = KeyPath,
        ["ProcSim:Tls:CaPath"] = CaPath,
    };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
