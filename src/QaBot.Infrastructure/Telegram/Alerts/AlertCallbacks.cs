using System.Globalization;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>The buttons under a warning or alert: "tk|post|n" (I'll take it) and "rm|post|n" (Remind), n the chat's line.</summary>
public static class AlertCallbacks
{
    public const string TakePrefix = "tk";
    public const string RemindPrefix = "rm";

    /// <summary>
    /// The still-waiting alert a button names (its post and line), or the notice for the presser: the button is stale,
    /// or the chat no longer waits.
    /// </summary>
    public static async Task<(long PostId, ChatAlert? Alert, string? Notice)> ResolveWaitingAsync(AlertStore alerts, CallbackContext context, CancellationToken cancellationToken)
    {
        if (context.Parts.Count < 3
            || !long.TryParse(context.Parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var postId)
            || !int.TryParse(context.Parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (0, null, context.Strings.StaleButton);
        }

        var posted = await alerts.PostAlertsAsync(postId, cancellationToken);
        return index >= posted.Count ? (postId, null, context.Strings.StaleButton)
            : posted[index].State != AlertState.Waiting ? (postId, null, context.Strings.AlertGone)
            : (postId, posted[index], null);
    }
}

/// <summary>"🙋 I'll take it": the first presser takes the chat; the post then says who is on it.</summary>
public sealed class TakeAlertCallback : ICallbackHandler
{
    private readonly AlertStore _alerts;
    private readonly AlertPoster _poster;

    public TakeAlertCallback(AlertStore alerts, AlertPoster poster)
    {
        _alerts = alerts;
        _poster = poster;
    }

    public string Prefix => AlertCallbacks.TakePrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var (postId, alert, notice) = await AlertCallbacks.ResolveWaitingAsync(_alerts, context, cancellationToken);
        if (alert is null)
        {
            return notice;
        }

        var (takenBy, won) = await _alerts.TakeAsync(alert, context.UserName, context.User.UserId, cancellationToken);
        if (!won)
        {
            return takenBy is null ? s.AlertGone : s.Format(s.AlreadyTaken, takenBy);
        }

        await _poster.RefreshAsync(postId, cancellationToken);
        return s.TookIt;
    }
}

/// <summary>
/// "📣 Remind": a chat someone took reminds the taker in private; an untaken one is posted again in the chat where the
/// button was pressed, so it is at the bottom of the conversation where people look.
/// </summary>
public sealed class RemindAlertCallback : ICallbackHandler
{
    private readonly AlertStore _alerts;
    private readonly Notifications.RecipientLanguages _languages;

    public RemindAlertCallback(AlertStore alerts, Notifications.RecipientLanguages languages)
    {
        _alerts = alerts;
        _languages = languages;
    }

    public string Prefix => AlertCallbacks.RemindPrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var (_, alert, notice) = await AlertCallbacks.ResolveWaitingAsync(_alerts, context, cancellationToken);
        if (alert is null)
        {
            return notice;
        }

        var waited = BotFormat.Duration(s, context.Now - alert.StartedAt);
        if (alert.TakenByUser is { } taker)
        {
            var t = await _languages.ForChatAsync(taker, cancellationToken);
            await context.SendToAsync(taker, t.Format(t.ReminderTaken, Html.Escape(context.UserName), ChatReferences.Code(alert.Chat), BotFormat.Duration(t, context.Now - alert.StartedAt)), cancellationToken);
        }
        else
        {
            await context.ReplyAsync(s.Format(s.Reminder, waited, Html.Escape(alert.Group ?? s.NoGroup), ChatReferences.Code(alert.Chat), Html.Excerpt(alert.FirstWords, 80)),
                cancellationToken: cancellationToken);
        }

        return s.ReminderSent;
    }
}
