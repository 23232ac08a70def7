using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Host;
using QaBot.Infrastructure.Storage;

namespace QaBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real service host (<c>qabot run</c>'s pipeline) on Kestrel at a free loopback port, with its own data
/// directory. Tests talk to it over real HTTP.
/// </summary>
public sealed class QaBotServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-7f3a";

    private readonly WebApplication _app;
    private readonly TempDirectory? _dir;

    private QaBotServer(WebApplication app, TempDirectory? dir, Uri address)
    {
        _app = app;
        _dir = dir;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The header that authorises <c>POST /api/v1/transcripts</c>.</summary>
    public static (string Name, string Value) ApiKeyHeader => ("X-Api-Key", ApiKey);

    public HttpClient Client { get; }

    /// <summary>The server's <c>Storage:DataDirectory</c>.</summary>
    public string DataDirectory => _dir!.Path;

    public IServiceProvider Services => _app.Services;

    public ITranscriptStore Store => Services.GetRequiredService<ITranscriptStore>();

    public static async Task<QaBotServer> StartAsync(params string[] extraConfig)
    {
        var dir = new TempDirectory();
        string[] config =
        [
            "--Urls=http://127.0.0.1:0",
            $"--Storage:DataDirectory={dir.Path}",
            $"--Ingest:ApiKeys:0={ApiKey}",
            "--Ingest:MaxBodyBytes=65536",
            "--Chatwoot:WebhookToken=cw-token",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            .. extraConfig,
        ];
        var app = ServiceHost.Build(config);
        await app.Services.MigrateAllAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new QaBotServer(app, dir, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dir?.Dispose();
    }
}
