using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// Pre-pass for canned share (DESIGN §3): the normalised operator texts that appear in at least
/// <c>CannedMinUses</c> distinct chats of the input. Needs every chat at once, so it is built before accumulation.
/// </summary>
public sealed class CannedTextIndex
{
    private readonly HashSet<string> repeatedTexts;

    private CannedTextIndex(HashSet<string> repeatedTexts)
    {
        this.repeatedTexts = repeatedTexts;
    }

    public static CannedTextIndex Empty { get; } = new([]);

    public int RepeatedTextCount => repeatedTexts.Count;

    public static CannedTextIndex Build(IEnumerable<Chat> chats, int minUses)
    {
        ArgumentNullException.ThrowIfNull(chats);
        ArgumentOutOfRangeException.ThrowIfLessThan(minUses, 1);
        var chatsByText = new Dictionary<string, HashSet<ChatKey>>(StringComparer.Ordinal);
        foreach (var chat in chats)
        {
            foreach (var message in chat.Messages)
            {
                if (message.From != Sender.Operator)
                {
                    continue;
                }

                // Text that normalises to nothing ("...", "?") is not a reply anyone wrote from a template.
                var text = CannedText.Normalize(message.Text);
                if (text.Length == 0)
                {
                    continue;
                }

                if (!chatsByText.TryGetValue(text, out var keys))
                {
                    chatsByText[text] = keys = [];
                }

                keys.Add(chat.Key);
            }
        }

        return new CannedTextIndex(
            [.. chatsByText.Where(pair => pair.Value.Count >= minUses).Select(pair => pair.Key)]);
    }

    /// <summary>canned: flagged <c>canned: true</c>, or its normalised text is one of the repeated texts.</summary>
    public bool IsCanned(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Canned == true || repeatedTexts.Contains(CannedText.Normalize(message.Text));
    }
}
