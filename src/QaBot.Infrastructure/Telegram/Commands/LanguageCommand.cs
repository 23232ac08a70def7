using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /lang ru|en: in a private chat, overrides the language of the user's Telegram app for everything the bot says to
/// them; in a group, sets the group's language (replies there, alerts and summaries to it) — staff only.
/// </summary>
public sealed class LanguageCommand : IBotCommand
{
    private readonly ChatDirectoryStore _directory;

    public LanguageCommand(ChatDirectoryStore directory)
    {
        _directory = directory;
    }

    public string Name => "lang";

    public CommandAudience Audience => CommandAudience.Everyone;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Args.Count != 1 || BotLanguage.Normalize(context.Args[0]) is not { } language)
        {
            await context.ReplyAsync(context.Strings.UsageLang, cancellationToken: cancellationToken);
            return;
        }

        var strings = BotLanguage.Strings(language);
        if (context.IsPrivateChat)
        {
            await _directory.SetLanguageAsync(context.User.UserId, language, cancellationToken);
            await context.ReplyAsync(strings.LanguageSet, cancellationToken: cancellationToken);
            return;
        }

        if (!context.User.IsStaff)
        {
            await context.ReplyAsync(context.Strings.GroupLanguageStaffOnly, cancellationToken: cancellationToken);
            return;
        }

        await _directory.SetLanguageAsync(context.ChatId, language, cancellationToken);
        await context.ReplyAsync(strings.GroupLanguageSet, cancellationToken: cancellationToken);
    }
}
