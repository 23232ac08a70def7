using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// The language of a message the bot starts itself: a person's or a group's /lang choice, else a person's Telegram app
/// language, else <c>Telegram:Language</c> (the default for groups and for people the bot has not met).
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

    /// <param name="chatId">A person's private chat (their user id) or a group (negative); 0 is the console.</param>
    /// <param name="fallback">What to use for a person the bot knows nothing about (e.g. the language of their chats).</param>
    public async Task<BotStrings> ForChatAsync(long chatId, CancellationToken cancellationToken, string? fallback = null)
    {
        if (chatId == 0)
        {
            return Team;
        }

        var (chosen, telegram) = await _directory.LanguageOfAsync(chatId, cancellationToken);
        return BotLanguage.Strings(BotLanguage.Normalize(chosen) ?? BotLanguage.Normalize(telegram) ?? BotLanguage.Normalize(fallback) ?? _teamLanguage);
    }

    /// <summary>The recipients by language, so that one text is rendered per language, not per chat.</summary>
    public async Task<IReadOnlyList<(BotStrings Strings, IReadOnlyList<long> Chats)>> GroupAsync(IEnumerable<long> chatIds, CancellationToken cancellationToken)
    {
        var byLanguage = new Dictionary<string, (BotStrings Strings, List<long> Chats)>(StringComparer.Ordinal);
        foreach (var chatId in chatIds)
        {
            var strings = await ForChatAsync(chatId, cancellationToken);
            if (!byLanguage.TryGetValue(strings.Language, out var entry))
            {
                byLanguage[strings.Language] = entry = (strings, []);
            }

            entry.Chats.Add(chatId);
        }

        return [.. byLanguage.Values.Select(e => (e.Strings, (IReadOnlyList<long>)e.Chats))];
    }
}
