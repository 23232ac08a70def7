using System.Globalization;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Telegram.Live;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// Queue alerts (DESIGN §6): many chats waiting at once (≥ <c>Alerts:QueueThreshold</c>), or the service level of the
/// last 15 minutes below <c>Sla:Target</c>. Each kind fires at most once per <c>Alerts:QueueCooldownMinutes</c>
/// window, claimed in the database so several instances do not repeat it.
/// </summary>
public sealed class QueueMonitor
{
    public const string Purpose = "alert:queue";
    private static readonly TimeSpan ServiceLevelWindow = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan ServiceLevelCheckEvery = TimeSpan.FromSeconds(30);

    private readonly ITranscriptStore _store;
    private readonly AlertStore _alerts;
    private readonly LocalizedBroadcast _broadcast;
    private readonly KpiSettings _settings;
    private readonly AlertOptions _options;
    private DateTimeOffset _lastServiceLevelCheck = DateTimeOffset.MinValue;

    public QueueMonitor(
        ITranscriptStore store, AlertStore alerts, LocalizedBroadcast broadcast,
        KpiSettings settings, IOptions<AlertOptions> options)
    {
        _store = store;
        _alerts = alerts;
        _broadcast = broadcast;
        _settings = settings;
        _options = options.Value;
    }

    public async Task CheckAsync(int waiting, TimeSpan? longestWaiting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (waiting >= _options.QueueThreshold && await _alerts.TryClaimOnceAsync(Key("queue", now), now, cancellationToken))
        {
            await PostAsync(s => s.Format(s.QueueAlert, waiting, BotFormat.Duration(s, longestWaiting)), cancellationToken);
        }

        if (now - _lastServiceLevelCheck < ServiceLevelCheckEvery)
        {
            return;
        }

        _lastServiceLevelCheck = now;
        var chats = new List<Core.Transcripts.Chat>();
        await foreach (var chat in _store.QueryAsync(new ChatQuery(now - ServiceLevelWindow, now), cancellationToken))
        {
            chats.Add(chat);
        }

        var live = LiveWindowStats.Compute(chats, now, _settings.Definitions);
        if (live.Answered + live.Missed >= _options.QueueMinChats && live.ServiceLevel < _settings.ServiceLevelTarget
            && await _alerts.TryClaimOnceAsync(Key("sl", now), now, cancellationToken))
        {
            var threshold = _settings.Definitions.AnswerWithinFor(Core.Transcripts.Channels.Chat).TotalSeconds;
            await PostAsync(s => s.Format(s.ServiceLevelAlert, BotFormat.Percent(s, live.ServiceLevel), BotFormat.Percent(s, _settings.ServiceLevelTarget),
                live.Answered, live.AnsweredWithinTarget, threshold, live.Missed), cancellationToken);
        }
    }

    /// <summary>To every team chat, each in its own language.</summary>
    private Task PostAsync(Func<BotStrings, string> render, CancellationToken cancellationToken) =>
        _broadcast.ToTeamAsync(s => render(s), Purpose, cancellationToken);

    /// <summary>One key per kind and cooldown window, e.g. <c>queue:1890123</c>.</summary>
    private string Key(string kind, DateTimeOffset now) =>
        $"{kind}:{(now.ToUnixTimeSeconds() / (_options.QueueCooldownMinutes * 60L)).ToString(CultureInfo.InvariantCulture)}";
}
