using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>A pressed inline button: its data, the message it sits under, who pressed it.</summary>
public sealed class CallbackContext
{
    private readonly TelegramOutbox _outbox;

    public CallbackContext(TelegramOutbox outbox)
    {
        _outbox = outbox;
    }

    public required string QueryId { get; init; }

    public required long ChatId { get; init; }

    public required long MessageId { get; init; }

    /// <summary>The message under the button as HTML, its formatting kept (for appending a verdict).</summary>
    public string? MessageHtml { get; init; }

    public required BotUser User { get; init; }

    public required string UserName { get; init; }

    /// <summary>The callback data split on '|'; [0] is the handler's prefix.</summary>
    public required IReadOnlyList<string> Parts { get; init; }

    public required BotStrings Strings { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    /// <summary>Replaces the message under the button (paging, a verdict).</summary>
    public Task EditAsync(string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default) =>
        _outbox.EditMessageAsync(ChatId, MessageId, html, buttons, cancellationToken);

    /// <summary>
    /// Personal answers (an operator's own chats) go to the presser's private chat, as <see cref="CommandContext.ReplyPrivatelyAsync"/>;
    /// returns the notice for the presser when the button was in a group, null when it was in their private chat.
    /// </summary>
    public async Task<string?> ReplyPrivatelyAsync(string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons, CancellationToken cancellationToken = default)
    {
        if (ChatId == User.UserId)
        {
            await ReplyAsync(html, buttons, cancellationToken);
            return null;
        }

        await _outbox.SendTextAsync(User.UserId, html, buttons, cancellationToken: cancellationToken);
        return Html.ToPlainText(Strings.SentPrivately);
    }

    /// <summary>A message to someone else's chat (a reminder to whoever took an alert).</summary>
    public Task SendToAsync(long chatId, string html, CancellationToken cancellationToken = default) =>
        _outbox.SendTextAsync(chatId, html, cancellationToken: cancellationToken);

    public Task ReplyAsync(string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default) =>
        _outbox.SendTextAsync(ChatId, html, buttons, cancellationToken: cancellationToken);
}
