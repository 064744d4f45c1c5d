using System.Net;
using System.Net.Sockets;

namespace ProcurementSim.Testing.Network;

/// <summary>Free loopback TCP ports, found by binding port 0 and letting the kernel choose.</summary>
public static class FreeTcpPort
{
    /// <summary>
    /// <paramref name="count"/> distinct ports that were free a moment ago. All are held open together
    /// so the kernel cannot hand out one twice; another process may still take one before the caller does.
    /// </summary>
    public static IReadOnlyList<int> Take(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }
}
