using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// One chat being checked: its timeline, language and settings, and each message's text normalised at most once
/// however many phrase lists are matched against it.
/// </summary>
internal sealed class ChatCheckContext
{
    private readonly NormalizedText?[] _texts;

    public ChatCheckContext(
        Chat chat, ChatTimeline timeline, string? language, PhraseBook phrases, IMessageScorer scorer, CheckSettings settings)
    {
        Chat = chat;
        Timeline = timeline;
        Language = language;
        PhraseLanguage = phrases.ResolveLanguage(language);
        Phrases = phrases;
        Scorer = scorer;
        Settings = settings;
        _texts = new NormalizedText?[chat.Messages.Count];
    }

    public Chat Chat { get; }

    public IReadOnlyList<ChatMessage> Messages => Chat.Messages;

    public ChatTimeline Timeline { get; }

    /// <summary>The chat's language, declared or detected; passed to the models.</summary>
    public string? Language { get; }

    /// <summary>The phrase book's language for this chat; null = every language's phrases.</summary>
    public string? PhraseLanguage { get; }

    public PhraseBook Phrases { get; }

    public IMessageScorer Scorer { get; }

    public CheckSettings Settings { get; }

    public NormalizedText TextOf(int index) => _texts[index] ??= TextNormalizer.Prepare(Messages[index].Text);

    /// <summary>Whether message <paramref name="index"/> contains a phrase of the list <paramref name="key"/> (<see cref="PhraseKeys"/>).</summary>
    public bool Says(int index, string key) => Phrases.Matches(key, TextOf(index), PhraseLanguage);

    public bool IsFrom(int index, Sender sender) => Messages[index].From == sender;

    /// <summary>Index of the last message from <paramref name="sender"/>, or -1.</summary>
    public int LastIndexOf(Sender sender)
    {
        for (var i = Messages.Count - 1; i >= 0; i--)
        {
            if (Messages[i].From == sender)
            {
                return i;
            }
        }

        return -1;
    }
}
