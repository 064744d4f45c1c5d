using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults.Security;

namespace ProcurementSim.ServiceDefaults;

/// <summary>Checks the <c>ProcSim</c> section at start, each problem as a sentence naming the setting.</summary>
internal sealed class ProcSimOptionsValidator : IValidateOptions<ProcSimOptions>
{
    public ValidateOptionsResult Validate(string? name, ProcSimOptions options)
    {
        var failures = new List<string>();
        try
        {
            _ = KestrelEndpoints.ParseBindAddress(options.BindAddress);
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }

        CheckPort(failures, "GrpcPort", options.GrpcPort);
        CheckPort(failures, "HttpPort", options.HttpPort);
        if (options.GrpcPort != 0 && options.GrpcPort == options.HttpPort)
        {
            failures.Add($"ProcSim:GrpcPort and ProcSim:HttpPort are both {options.GrpcPort}; give them different ports.");
        }

        if (options.MaxReceiveMessageBytes is < 1024)
        {
            failures.Add($"ProcSim:MaxReceiveMessageBytes is {options.MaxReceiveMessageBytes}; give at least 1024 bytes (default {ProcSimOptions.DefaultMaxReceiveMessageBytes}).");
        }

        if (!(options.CallTimeoutSeconds > 0))
        {
            failures.Add($"ProcSim:CallTimeoutSeconds is {options.CallTimeoutSeconds}; give a positive number of seconds (default 10).");
        }

        if (options.CallAttempts < 1)
        {
            failures.Add($"ProcSim:CallAttempts is {options.CallAttempts}; give at least 1 (default 4).");
        }

        if (!(options.RetryBaseDelayMilliseconds > 0))
        {
            failures.Add($"ProcSim:RetryBaseDelayMilliseconds is {options.RetryBaseDelayMilliseconds}; give a positive number (default 200).");
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            failures.Add($"ProcSim:BreakerMinimumThroughput is {options.BreakerMinimumThroughput}; give at least 2 (default 10).");
        }

        if (!(options.BreakerFailureRatio > 0 && options.BreakerFailureRatio <= 1))
        {
            failures.Add($"ProcSim:BreakerFailureRatio is {options.BreakerFailureRatio}; give a fraction above 0 and at most 1 (default 0.5).");
        }

        if (!(options.BreakerSamplingSeconds >= 0.5))
        {
            failures.Add($"ProcSim:BreakerSamplingSeconds is {options.BreakerSamplingSeconds}; give at least 0.5 (default 30).");
        }

        if (!(options.BreakerBreakSeconds >= 0.5))
        {
            failures.Add($"ProcSim:BreakerBreakSeconds is {options.BreakerBreakSeconds}; give at least 0.5 (default 5).");
        }

        CheckTls(failures, options.Tls);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTls(List<string> failures, TlsOptions tls)
    {
        try
        {
            if (tls.Enabled)
            {
                TlsCertificates.LoadServerCertificate(tls).Dispose();
            }
            else if (!string.IsNullOrWhiteSpace(tls.KeyPath))
            {
                failures.Add("ProcSim:Tls:KeyPath is set but ProcSim:Tls:CertificatePath is not; give the certificate too, or neither.");
            }

            if (!string.IsNullOrWhiteSpace(tls.CaPath))
            {
                _ = TlsCertificates.LoadAuthorities("ProcSim:Tls:CaPath", tls.CaPath);
            }
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }
    }

    private static void CheckPort(List<string> failures, string setting, int port)
    {
        if (port is < 0 or > 65535)
        {
            failures.Add($"ProcSim:{setting} is {port}; give a port from 1 to 65535, or 0 for a free port.");
        }
    }
}
