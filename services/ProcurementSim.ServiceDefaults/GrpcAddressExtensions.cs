using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ProcurementSim.ServiceDefaults;

/// <summary>Where a started service listens (for tests, and for printing at start-up).</summary>
public static class GrpcAddressExtensions
{
    /// <summary>The actual <c>http://host:port</c> of the gRPC endpoint; call it after <c>app.StartAsync()</c>.</summary>
    public static string GrpcAddress(this IHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<KestrelEndpoints>().GrpcAddress;
    }

    /// <summary>The actual <c>http://host:port</c> of the HTTP/1.1 endpoint (<c>/health</c>); after <c>app.StartAsync()</c>.</summary>
    public static string HttpAddress(this IHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<KestrelEndpoints>().HttpAddress;
    }
}
