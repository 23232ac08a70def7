using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using QaBot.Host;
using QaBot.Infrastructure.Storage;
using QaBot.IntegrationTests.Infrastructure;
using QaBot.TelegramEmulator;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// The real service (<c>qabot run</c>'s <see cref="ServiceHost"/>) on Kestrel at a free loopback port, with the real
/// Telegram.Bot client pointed at an emulator and the warnings it logs captured. The data directory can outlive the
/// host, so a test can restart the service on the same database.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const long Admin = 1000;
    public const long Supervisor = 1001;
    public const long Operator = 3001;
    public const string OperatorId = "op-1";
    public const long TeamChat = -500;

    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri address, CapturedLogs logs)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
        Logs = logs;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public ITranscriptStore Store => Services.GetRequiredService<ITranscriptStore>();

    public CapturedLogs Logs { get; }

    public static async Task<BotTestHost> StartAsync(TelegramBotApiEmulator emulator, TempDirectory dataDirectory, params string[] extraConfig)
    {
        string[] config =
        [
            "--Urls=http://127.0.0.1:0",
            $"--Storage:DataDirectory={dataDirectory.Path}",
            $"--Ingest:ApiKeys:0={QaBotServer.ApiKey}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            $"--Telegram:BotToken={emulator.Token}",
            $"--Telegram:ApiBaseUrl={emulator.BaseUrl}",
            "--Telegram:PollingTimeoutSeconds=1",
            "--Telegram:Delivery:InitialBackoffSeconds=0.2",
            $"--Access:Admins:0={Admin}",
            $"--Access:Supervisors:0={Supervisor}",
            $"--Access:Operators:{Operator}={OperatorId}",
            $"--Alerts:ChatIds:0={TeamChat}",
            "--Alerts:AfterSeconds=1",
            "--Business:TimeZone=UTC",
            .. extraConfig,
        ];
        var app = ServiceHost.Build(config);
        var logs = new CapturedLogs();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        await app.Services.MigrateAllAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotTestHost(app, new Uri(address), logs);
    }

    public Task UpsertAsync(params Chat[] chats) => Store.UpsertAsync(chats, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
