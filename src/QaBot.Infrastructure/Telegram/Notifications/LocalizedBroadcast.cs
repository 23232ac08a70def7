using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// One message to many chats, rendered once per language of its recipients (DESIGN §6: each recipient in its own
/// language): the team chats (alerts, summaries) or the supervisors' private chats (escalations, reports, disputes).
/// </summary>
public sealed class LocalizedBroadcast
{
    private readonly RecipientLanguages _languages;
    private readonly TelegramOutbox _outbox;
    private readonly AlertRecipients _recipients;

    public LocalizedBroadcast(RecipientLanguages languages, TelegramOutbox outbox, AlertRecipients recipients)
    {
        _languages = languages;
        _outbox = outbox;
        _recipients = recipients;
    }

    public async Task ToTeamAsync(Func<BotStrings, Rendered> render, string purpose, CancellationToken cancellationToken) =>
        await SendAsync(await _recipients.TeamChatsAsync(cancellationToken), render, purpose, cancellationToken);

    public Task ToSupervisorsAsync(Func<BotStrings, Rendered> render, string purpose, CancellationToken cancellationToken) =>
        SendAsync(_recipients.SupervisorChats(), render, purpose, cancellationToken);

    public async Task SendAsync(IEnumerable<long> chatIds, Func<BotStrings, Rendered> render, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        foreach (var (strings, chats) in await _languages.GroupAsync(chatIds, cancellationToken))
        {
            var (html, buttons) = render(strings);
            await _outbox.BroadcastTextAsync([.. chats], html, buttons, purpose, cancellationToken);
        }
    }

    /// <summary>A rendered message: HTML and its buttons, if any. A plain HTML string converts to one without buttons.</summary>
    public readonly record struct Rendered(string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons)
    {
        public static implicit operator Rendered(string html) => new(html, null);

        public static implicit operator Rendered((string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons) message) => new(message.Html, message.Buttons);
    }
}
