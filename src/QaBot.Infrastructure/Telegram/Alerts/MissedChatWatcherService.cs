using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// The missed-chat watcher (DESIGN §6): every <c>Alerts:TickMilliseconds</c> (250 ms) it evaluates the live chats with
/// the DESIGN §3 definitions at now. It keeps the live chats in memory and reads only what changed since the last tick
/// (the open chats' revisions, then only the chats whose revision moved), not every open chat with its messages. A
/// waiting chat past <c>Alerts:WarnAtPercent</c> of its channel's <c>AfterSeconds</c> is claimed in the database (once,
/// whatever the number of instances) and posted as a warning, which grows into the missed-chat alert at 100 % in the same
/// message; an alerted chat that gets answered or ends is edited into its post. Real-time work on a
/// timer, not a Hangfire cron.
/// </summary>
public sealed class MissedChatWatcherService : BackgroundService
{
    /// <summary>Message times come from other systems: look a little into the future for clocks running ahead.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Changed chats are read in chunks of this many keys (two query parameters each).</summary>
    private const int KeysPerRead = 400;

    private readonly ITranscriptStore _store;
    private readonly AlertStore _alerts;
    private readonly AlertPoster _poster;
    private readonly QueueMonitor _queue;
    private readonly DefinitionSettings _definitions;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<MissedChatWatcherService> _logger;
    private readonly HashSet<ChatKey> _alerted = [];
    private readonly Dictionary<ChatKey, LiveChat> _live = [];

    public MissedChatWatcherService(
        ITranscriptStore store, AlertStore alerts, AlertPoster poster, QueueMonitor queue, KpiSettings settings, IOptions<AlertOptions> options,
        TimeProvider time, ILogger<MissedChatWatcherService> logger)
    {
        _store = store;
        _alerts = alerts;
        _poster = poster;
        _queue = queue;
        _definitions = settings.Definitions;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Live chats started this long ago can still be waiting: the inactivity timeout plus the longest threshold.</summary>
    private TimeSpan Lookback => _definitions.InactivityTimeout + _options.LongestAfter() + TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_options.TickMilliseconds), _time);
        var failures = 0;
        do
        {
            try
            {
                await TickAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Log the first failure of a streak and then every 100th, not four a second.
                if (failures++ % 100 == 0)
                {
                    _logger.LogError(e, "The missed-chat watcher failed ({Failures} in a row); it keeps trying", failures);
                }
            }
        }
        while (await WaitForNextTickAsync(timer, stoppingToken));
    }

    /// <summary>One look at the live chats: new alerts, resolved alerts, the queue.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await RefreshLiveAsync(now, cancellationToken);
        var waitingTimelines = new List<ChatTimeline>();
        var unanswered = new Dictionary<ChatKey, ChatTimeline>();
        foreach (var (key, live) in _live)
        {
            if (live.Unanswered is { } chat)
            {
                var timeline = ChatTimeline.For(chat, now, _definitions);
                unanswered[key] = timeline;
                if (timeline.IsWaiting)
                {
                    waitingTimelines.Add(timeline);
                }
            }
        }

        var waiting = await _alerts.WaitingAsync(cancellationToken);
        _alerted.RemoveWhere(key => !_live.ContainsKey(key));
        _alerted.UnionWith(waiting.Select(a => a.Chat));
        var candidates = new List<ChatAlert>();
        foreach (var timeline in waitingTimelines.Where(t => !_alerted.Contains(t.Chat.Key)).OrderBy(t => t.Start))
        {
            // Open time only with Sla:BusinessHoursOnly: a chat written at night waits from the morning's opening.
            var waited = timeline.WaitedAt(now);
            if (_options.LevelOf(waited, timeline.Chat.Channel) is > 0 and var level)
            {
                candidates.Add(NewAlert(timeline, waited) with { Level = level });
            }
        }

        if (candidates.Count > 0)
        {
            await _poster.AlertAsync(candidates, now, cancellationToken);
            _alerted.UnionWith(candidates.Select(a => a.Chat));
        }

        await RaiseAsync(waiting, unanswered, now, cancellationToken);
        await ResolveAsync(waiting, unanswered, now, cancellationToken);
        await _queue.CheckAsync(waitingTimelines.Count, waitingTimelines.Count == 0 ? null : waitingTimelines.Max(t => t.WaitedAt(now)), now, cancellationToken);
    }

    /// <summary>
    /// Brings the in-memory view of the live chats up to date: one cheap read of the open chats' revisions, then only
    /// the chats that are new or changed since the last tick are read in full. Answered chats are remembered by
    /// revision alone: once answered, a chat only matters again if it changes.
    /// </summary>
    private async Task RefreshLiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - Lookback;
        var to = now + ClockSkew;
        var revisions = new Dictionary<ChatKey, long>(_live.Count);
        await foreach (var revision in _store.OpenChatRevisionsAsync(from, to, cancellationToken))
        {
            revisions[revision.Chat] = revision.Revision;
        }

        foreach (var key in _live.Keys.Where(key => !revisions.ContainsKey(key)).ToList())
        {
            _live.Remove(key);
        }

        var changed = revisions.Where(r => !_live.TryGetValue(r.Key, out var known) || known.Revision != r.Value).Select(r => r.Key).ToList();
        foreach (var keys in changed.Chunk(KeysPerRead))
        {
            var pending = keys.ToHashSet();
            await foreach (var chat in _store.QueryAsync(new ChatQuery(from, to) { Keys = keys, OnlyWithoutEnd = true }, cancellationToken))
            {
                pending.Remove(chat.Key);
                var timeline = ChatTimeline.For(chat, now, _definitions);
                _live[chat.Key] = new LiveChat(revisions[chat.Key], timeline.IsOutbound || timeline.IsAnswered ? null : chat);
            }

            // Ended between the two reads: no longer live.
            foreach (var key in pending)
            {
                _live.Remove(key);
            }
        }
    }

    /// <summary>
    /// Warnings whose chats are still waiting grow with the wait (50 % → 80 % → the missed-chat alert at 100 %), editing
    /// the same message; a chat waiting past <c>Alerts:EscalateAfterSeconds</c> goes to the supervisors once.
    /// </summary>
    private async Task RaiseAsync(IReadOnlyList<ChatAlert> waiting, Dictionary<ChatKey, ChatTimeline> unanswered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raises = new List<(ChatAlert, int, TimeSpan)>();
        foreach (var alert in waiting)
        {
            if (!unanswered.TryGetValue(alert.Chat, out var timeline) || !timeline.IsWaiting)
            {
                continue; // answered or ended: ResolveAsync settles it
            }

            var waited = timeline.WaitedAt(now);
            if (_options.LevelOf(waited, alert.Channel) is var level && level > alert.Level)
            {
                raises.Add((alert, level, waited));
            }

            if (_options.EscalateAfterSeconds > 0 && waited >= TimeSpan.FromSeconds(_options.EscalateAfterSeconds)
                && await _alerts.TryEscalateAsync(alert, now, cancellationToken))
            {
                await _poster.EscalateAsync(alert with { Waited = waited }, cancellationToken);
            }
        }

        foreach (var postId in await _alerts.RaiseLevelsAsync(raises, cancellationToken))
        {
            await _poster.RefreshAsync(postId, cancellationToken);
        }
    }

    /// <summary>Alerted chats that were answered or ended: record the outcome once and edit their posts.</summary>
    private async Task ResolveAsync(IReadOnlyList<ChatAlert> waiting, Dictionary<ChatKey, ChatTimeline> unanswered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcomes = new List<(ChatAlert, AlertState, string?, TimeSpan?)>();
        foreach (var alert in waiting)
        {
            if (!unanswered.TryGetValue(alert.Chat, out var timeline))
            {
                // Answered, ended (ended_at set) or started before the look-back: read it once, the alert then resolves.
                if (await _store.GetAsync(alert.Chat, cancellationToken) is not { } chat)
                {
                    continue;
                }

                timeline = ChatTimeline.For(chat, now, _definitions);
            }

            if (timeline.IsWaiting)
            {
                continue;
            }

            outcomes.Add(timeline switch
            {
                { IsAnswered: true } => (alert, AlertState.Answered, FirstResponder(timeline), timeline.Wait),
                { IsMissed: true } => (alert, AlertState.Missed, null, timeline.WaitedAt(timeline.End!.Value)),
                _ => (alert, AlertState.Closed, null, timeline.End - timeline.Start),
            });
        }

        var changedPosts = await _alerts.ResolveAsync(outcomes, now, cancellationToken);
        foreach (var postId in changedPosts)
        {
            await _poster.RefreshAsync(postId, cancellationToken);
        }
    }

    private static ChatAlert NewAlert(ChatTimeline timeline, TimeSpan waited) => new()
    {
        Chat = timeline.Chat.Key,
        Group = timeline.Chat.Group,
        Channel = timeline.Chat.Channel,
        FirstWords = timeline.Chat.Messages[timeline.StartIndex].Text,
        StartedAt = timeline.Start!.Value,
        Waited = waited,
    };

    private static string? FirstResponder(ChatTimeline timeline) =>
        timeline.Chat.Messages[timeline.FirstResponseIndex].Operator is { } op ? op.Name ?? op.Id : null;

    /// <summary>A live chat as last read: its revision, and the chat itself while it is unanswered.</summary>
    private readonly record struct LiveChat(long Revision, Chat? Unanswered);

    private static async Task<bool> WaitForNextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
