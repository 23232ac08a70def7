using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>One command as received: who sent it where, its arguments, and how to answer (through the outbox).</summary>
public sealed class CommandContext
{
    private readonly TelegramOutbox _outbox;

    public CommandContext(TelegramOutbox outbox)
    {
        _outbox = outbox;
    }

    public required long ChatId { get; init; }

    public required bool IsPrivateChat { get; init; }

    public string? ChatTitle { get; init; }

    public required BotUser User { get; init; }

    public required string UserName { get; init; }

    /// <summary>Command name without the slash or @bot suffix, lower case.</summary>
    public required string Command { get; init; }

    public required IReadOnlyList<string> Args { get; init; }

    public required BotStrings Strings { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    public Task ReplyAsync(string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default) =>
        _outbox.SendTextAsync(ChatId, html, buttons, cancellationToken: cancellationToken);

    /// <summary>
    /// Personal answers (an operator's own numbers, a transcript) go to the user's private chat; in a group the group
    /// only hears where the answer went.
    /// </summary>
    public async Task ReplyPrivatelyAsync(string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default)
    {
        if (IsPrivateChat)
        {
            await ReplyAsync(html, buttons, cancellationToken);
            return;
        }

        await _outbox.SendTextAsync(User.UserId, html, buttons, cancellationToken: cancellationToken);
        await ReplyAsync(Strings.SentPrivately, cancellationToken: cancellationToken);
    }

    public Task ReplyDocumentAsync(byte[] content, string fileName, string captionHtml, CancellationToken cancellationToken = default) =>
        _outbox.SendDocumentAsync(ChatId, content, fileName, captionHtml, cancellationToken);

    public Task ReplyPhotoAsync(byte[] png, string captionHtml, CancellationToken cancellationToken = default) =>
        _outbox.SendPhotoAsync(ChatId, png, captionHtml, cancellationToken);
}
