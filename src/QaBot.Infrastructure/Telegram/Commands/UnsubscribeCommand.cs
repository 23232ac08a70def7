using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/unsubscribe: no more alerts and summaries in this chat (chats in Alerts:ChatIds stay: config wins).</summary>
public sealed class UnsubscribeCommand : IBotCommand
{
    private readonly ChatDirectoryStore _directory;

    public UnsubscribeCommand(ChatDirectoryStore directory)
    {
        _directory = directory;
    }

    public string Name => "unsubscribe";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var removed = await _directory.UnsubscribeAsync(context.ChatId, cancellationToken);
        await context.ReplyAsync(removed ? context.Strings.Unsubscribed : context.Strings.NotSubscribed, cancellationToken: cancellationToken);
    }
}
