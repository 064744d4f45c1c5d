using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ProcurementSim.Protocol.Security;

/// <summary>
/// How a client of the ProcurementSim services trusts a server's certificate: the services calling each other and
/// <c>procsim --remote</c> calling the orchestrator both use it. It lives here, beside the clients, because both sides
/// reference this project and the command-line tool should not take in the services' hosting defaults for it.
/// </summary>
public static class CertificateTrust
{
    /// <summary>
    /// Validates a server's certificate: accepted when the system trusts it, or when its chain ends at one of
    /// <paramref name="authorities"/>; a name that does not match the address is always refused.
    /// </summary>
    public static RemoteCertificateValidationCallback ForAuthorities(X509Certificate2Collection authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        return (_, certificate, _, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }

            if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(server);
        };
    }
}
