using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// The language of a message the bot starts itself: a person's /lang choice, else their Telegram app's language,
/// else <c>Telegram:Language</c> (also used for groups).
/// </summary>
public sealed class RecipientLanguages
{
    private readonly ChatDirectoryStore _directory;
    private readonly string _teamLanguage;

    public RecipientLanguages(ChatDirectoryStore directory, IOptions<TelegramOptions> options)
    {
        _directory = directory;
        _teamLanguage = BotLanguage.Normalize(options.Value.Language) ?? BotLanguage.English;
    }

    public BotStrings Team => BotLanguage.Strings(_teamLanguage);

    /// <param name="chatId">A person's private chat (their user id) or a group.</param>
    /// <param name="fallback">What to use for a person the bot knows nothing about (e.g. the language of their chats).</param>
    public async Task<BotStrings> ForChatAsync(long chatId, CancellationToken cancellationToken, string? fallback = null)
    {
        if (chatId <= 0)
        {
            return Team;
        }

        var (chosen, telegram) = await _directory.LanguageOfAsync(chatId, cancellationToken);
        return BotLanguage.Strings(BotLanguage.Normalize(chosen) ?? BotLanguage.Normalize(telegram) ?? BotLanguage.Normalize(fallback) ?? _teamLanguage);
    }
}
