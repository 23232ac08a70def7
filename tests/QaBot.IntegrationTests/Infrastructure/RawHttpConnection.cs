using System.Net.Sockets;
using System.Text;

namespace QaBot.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP/1.1 client on a bare TCP socket, for what <see cref="HttpClient"/> will not do: announce a body and then
/// stall, trickle it, or hang up halfway through.
/// </summary>
public sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri server, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        return new RawHttpConnection(tcp);
    }

    /// <summary>Sends a POST's request line and headers announcing <paramref name="contentLength"/> body bytes.</summary>
    public Task SendPostHeadersAsync(string pathAndQuery, long contentLength, CancellationToken cancellationToken, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder()
            .Append("POST ").Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(contentLength).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return SendAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
    }

    public async Task SendAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    /// <summary>Everything the server sends until it closes the connection.</summary>
    public async Task<string> ReadUntilClosedAsync(CancellationToken cancellationToken)
    {
        using var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await _stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the response: what arrived is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Hangs up: a FIN, or with <paramref name="reset"/> an RST (what a crashed client or a proxy timeout sends).</summary>
    public void Close(bool reset)
    {
        if (reset)
        {
            _tcp.Client.LingerState = new LingerOption(true, 0);
        }

        _tcp.Close();
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
