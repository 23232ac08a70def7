using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/lang ru|en: overrides the language of the user's Telegram app for everything the bot says to them.</summary>
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

        await _directory.SetLanguageAsync(context.User.UserId, language, cancellationToken);
        await context.ReplyAsync(BotLanguage.Strings(language).LanguageSet, cancellationToken: cancellationToken);
    }
}
