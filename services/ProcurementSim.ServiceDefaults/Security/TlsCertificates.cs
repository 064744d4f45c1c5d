using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProcurementSim.Protocol.Security;

namespace ProcurementSim.ServiceDefaults.Security;

/// <summary>Loads the certificates named by <see cref="TlsOptions"/>; every failure is a sentence naming the setting and the file.</summary>
public static class TlsCertificates
{
    /// <summary>The server certificate with its private key.</summary>
    public static X509Certificate2 LoadServerCertificate(TlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.CertificatePath ?? throw new InvalidOperationException("ProcSim:Tls:CertificatePath is not set.");
        RequireFile("ProcSim:Tls:CertificatePath", path);
        try
        {
            if (!string.IsNullOrWhiteSpace(options.KeyPath))
            {
                RequireFile("ProcSim:Tls:KeyPath", options.KeyPath);
                return string.IsNullOrEmpty(options.Password)
                    ? X509Certificate2.CreateFromPemFile(path, options.KeyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, options.Password, options.KeyPath);
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.Password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException(
                    $"ProcSim:Tls:CertificatePath '{path}' holds no private key; give a PKCS#12 file with its key, or a PEM certificate with ProcSim:Tls:KeyPath.");
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"ProcSim:Tls:CertificatePath '{path}' cannot be read as a certificate with its key ({e.Message.TrimEnd('.')}); give a PEM certificate with ProcSim:Tls:KeyPath, or a PKCS#12 file with ProcSim:Tls:Password.", e);
        }
    }

    /// <summary>The certificate authorities of a PEM file (one or more certificates).</summary>
    public static X509Certificate2Collection LoadAuthorities(string setting, string path)
    {
        RequireFile(setting, path);
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{setting} '{path}' is not a PEM file of certificates ({e.Message.TrimEnd('.')}).", e);
        }

        return authorities.Count > 0
            ? authorities
            : throw new InvalidOperationException($"{setting} '{path}' holds no certificate; give a PEM file with -----BEGIN CERTIFICATE----- blocks.");
    }

    /// <summary>
    /// Validates a server's certificate: accepted when the system trusts it, or when its chain ends at one of
    /// <paramref name="authorities"/>; a name that does not match the address is always refused (the one
    /// implementation, shared with the command-line tool, is <see cref="CertificateTrust.ForAuthorities"/>).
    /// </summary>
    public static RemoteCertificateValidationCallback TrustAuthorities(X509Certificate2Collection authorities) =>
        CertificateTrust.ForAuthorities(authorities);

    private static void RequireFile(string setting, string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{setting} '{path}' does not exist; give the path of a readable file.");
        }
    }
}
