using System.Diagnostics;
using System.Text;

namespace QaBot.IntegrationTests.Infrastructure;

/// <summary>
/// <c>qabot run</c> as an admin starts it: the real executable as a child process on a free loopback port
/// (<c>--urls http://127.0.0.1:0</c>, the address read from the host's "Now listening on" line), with everything it
/// prints kept for assertions. Stopping it kills the process.
/// </summary>
public sealed class QaBotService : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private QaBotService(Process process)
    {
        _process = process;
    }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Stdout and stderr so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<QaBotService> StartAsync(string workingDirectory, params string[] args)
    {
        var info = QaBotProcess.StartInfo(workingDirectory, ["run", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information", .. args]);
        var service = new QaBotService(Process.Start(info)!);
        service._process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using (timeout.Token.Register(() => service._address.TrySetException(new TimeoutException($"qabot run did not start listening:\n{service.Output}"))))
        {
            var exited = service._process.WaitForExitAsync(timeout.Token);
            var started = await Task.WhenAny(service._address.Task, exited);
            if (started != service._address.Task)
            {
                throw new InvalidOperationException($"qabot run exited with {service._process.ExitCode}:\n{service.Output}");
            }

            service.Client = new HttpClient { BaseAddress = await service._address.Task };
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            _address.TrySetResult(new Uri(line[(at + ListeningPrefix.Length)..].Trim()));
        }
    }
}
