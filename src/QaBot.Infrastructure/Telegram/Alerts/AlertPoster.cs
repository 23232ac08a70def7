using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// Posts missed-chat alerts and keeps them current. Chats crossing the threshold within <c>Alerts:BurstSeconds</c> of
/// a post join it (the post is rewritten before it goes out, or edited after), so a burst is one message; answers and
/// departures edit the post through the outbox.
/// </summary>
public sealed class AlertPoster
{
    public const string Purpose = "alert:missed";

    private readonly AlertStore _alerts;
    private readonly AlertRecipients _recipients;
    private readonly RecipientLanguages _languages;
    private readonly TelegramOutbox _outbox;
    private readonly LocalizedBroadcast _broadcast;
    private readonly AlertOptions _options;

    public AlertPoster(AlertStore alerts, AlertRecipients recipients, RecipientLanguages languages, TelegramOutbox outbox, LocalizedBroadcast broadcast, IOptions<AlertOptions> options)
    {
        _alerts = alerts;
        _recipients = recipients;
        _languages = languages;
        _outbox = outbox;
        _broadcast = broadcast;
        _options = options.Value;
    }

    /// <summary>Claims the chats (once, across instances) and shows those claimed: in the burst's post, or new ones.</summary>
    public async Task<int> AlertAsync(IReadOnlyList<ChatAlert> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alerted = 0;
        foreach (var chunk in candidates.Chunk(AlertStore.PostCapacity))
        {
            alerted += await AlertChunkAsync(chunk, now, cancellationToken);
        }

        return alerted;
    }

    private async Task<int> AlertChunkAsync(IReadOnlyList<ChatAlert> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var joinSince = _options.BurstSeconds > 0 ? now.AddSeconds(-_options.BurstSeconds) : (DateTimeOffset?)null;
        if (await _alerts.ClaimIntoPostAsync(candidates, now, joinSince, cancellationToken) is not { } result)
        {
            return 0;
        }

        if (!result.IsNewPost)
        {
            await RefreshAsync(result.PostId, cancellationToken);
            return result.Claimed.Count;
        }

        var threshold = Threshold(result.Claimed);
        foreach (var (strings, chats) in await _languages.GroupAsync(await _recipients.TeamChatsAsync(cancellationToken), cancellationToken))
        {
            var deliveries = await _outbox.BroadcastEditableAsync(chats, AlertRenderer.Render(strings, result.Claimed, threshold), Purpose,
                AlertRenderer.Buttons(strings, result.PostId, result.Claimed), cancellationToken);
            await _alerts.AddDeliveriesAsync(result.PostId, deliveries, cancellationToken);
        }

        if ((await _alerts.PostAlertsAsync(result.PostId, cancellationToken)).Count != result.Claimed.Count)
        {
            // Another instance joined this post before its copies were recorded: show its chats too.
            await RefreshAsync(result.PostId, cancellationToken);
        }

        return result.Claimed.Count;
    }

    /// <summary>Re-renders a post from its alerts' current state and edits every copy of it.</summary>
    public async Task RefreshAsync(long postId, CancellationToken cancellationToken)
    {
        var alerts = await _alerts.PostAlertsAsync(postId, cancellationToken);
        if (alerts.Count == 0)
        {
            return;
        }

        var threshold = Threshold(alerts);
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (chatId, outboxId) in await _alerts.DeliveriesAsync(postId, cancellationToken))
        {
            var strings = await _languages.ForChatAsync(chatId, cancellationToken);
            if (!rendered.TryGetValue(strings.Language, out var html))
            {
                rendered[strings.Language] = html = AlertRenderer.Render(strings, alerts, threshold);
            }

            await _outbox.EditAsync(chatId, outboxId, html, AlertRenderer.Buttons(strings, postId, alerts), cancellationToken);
        }
    }

    /// <summary>A chat still unanswered after <c>Alerts:EscalateAfterSeconds</c>: to each supervisor in private, in their language.</summary>
    public Task EscalateAsync(ChatAlert alert, CancellationToken cancellationToken) =>
        _broadcast.ToSupervisorsAsync(
            s => s.Format(s.Escalation, BotFormat.Duration(s, alert.Waited), Html.Escape(alert.Group ?? s.NoGroup),
                Rendering.ChatReferences.Code(alert.Chat), Html.Excerpt(alert.FirstWords, 200)),
            "alert:escalation", cancellationToken);

    private TimeSpan Threshold(IEnumerable<ChatAlert> alerts) => alerts.Select(a => _options.AfterFor(a.Channel)).Min();
}
