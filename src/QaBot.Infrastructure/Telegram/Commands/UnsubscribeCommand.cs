using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/unsubscribe: no more alerts and summaries in this chat (chats in Alerts:ChatIds stay: config wins).</summary>
public sealed class UnsubscribeCommand : IBotCommand
{
    private readonly ChatDirectoryStore _directory;
    private readonly IOptions<AlertOptions> _alerts;

    public UnsubscribeCommand(ChatDirectoryStore directory, IOptions<AlertOptions> alerts)
    {
        _directory = directory;
        _alerts = alerts;
    }

    public string Name => "unsubscribe";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var removed = await _directory.UnsubscribeAsync(context.ChatId, cancellationToken);
        // A chat of Alerts:ChatIds keeps getting alerts whatever was subscribed: say so, and where to change it.
        var reply = _alerts.Value.ChatIds.Contains(context.ChatId) ? context.Strings.SubscribedByConfiguration
            : removed ? context.Strings.Unsubscribed : context.Strings.NotSubscribed;
        await context.ReplyAsync(reply, cancellationToken: cancellationToken);
    }
}
