using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProcurementSim.Protocol.Security;

namespace ProcurementSim.Cli.Remote;

/// <summary>Trust for an <c>https://</c> orchestrator: the system's authorities, plus those of a PEM file.</summary>
internal static class RemoteTrust
{
    /// <summary>
    /// Accepts a certificate the system trusts, or one whose chain ends at an authority of <paramref name="caPath"/>;
    /// a name that does not match the address is always refused.
    /// </summary>
    public static RemoteCertificateValidationCallback ForAuthorities(string caPath) => CertificateTrust.ForAuthorities(Load(caPath));

    private static X509Certificate2Collection Load(string caPath)
    {
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(caPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new UserInputException($"{CliApp.Name}: the certificate authorities file '{caPath}' (--ca or PROCSIM_CA) cannot be read: {e.Message}", e);
        }

        return authorities.Count > 0
            ? authorities
            : throw new UserInputException($"{CliApp.Name}: the certificate authorities file '{caPath}' (--ca or PROCSIM_CA) holds no certificate; give a PEM file with -----BEGIN CERTIFICATE----- blocks.");
    }
}
