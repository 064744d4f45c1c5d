using System.Net;
using System.Net.Sockets;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>
/// A TCP forwarder to a service that can be shut like a network partition: while shut it drops every connection
/// (the caller sees Unavailable); once open it pipes bytes both ways.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _target;
    private readonly Task _accepting;
    private volatile bool _open;

    public TcpGate(string targetAddress, bool open)
    {
        _target = new Uri(targetAddress);
        _open = open;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Dropped { get; private set; }

    public void Open() => _open = true;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                if (_open)
                {
                    _ = PipeAsync(client);
                }
                else
                {
                    Dropped++;
                    client.Client.LingerState = new LingerOption(true, 0); // reset, like a refused connection
                    client.Dispose();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(_target.Host, _target.Port, _stop.Token);
                var a = client.GetStream();
                var b = upstream.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
