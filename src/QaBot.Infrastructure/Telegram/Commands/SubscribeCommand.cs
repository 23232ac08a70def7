using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/subscribe: this chat (a team group, or a supervisor's private chat) gets alerts and daily summaries.</summary>
public sealed class SubscribeCommand : IBotCommand
{
    private readonly ChatDirectoryStore _directory;
    private readonly BotCommandMenus _menus;

    public SubscribeCommand(ChatDirectoryStore directory, BotCommandMenus menus)
    {
        _directory = directory;
        _menus = menus;
    }

    public string Name => "subscribe";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var added = await _directory.SubscribeAsync(context.ChatId, context.ChatTitle ?? context.UserName, context.User.UserId, context.Now, cancellationToken);
        await _directory.ClearUnreachableAsync(context.ChatId, cancellationToken);
        await context.ReplyAsync(added ? context.Strings.Subscribed : context.Strings.AlreadySubscribed, cancellationToken: cancellationToken);
        await _menus.SetForGroupAsync(context.ChatId, cancellationToken);
    }
}
