using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>closing</c>: the last operator message of an ended, answered chat closes or offers further help, at its
/// end. Read from the last sentence backwards over a signature ("Have a nice day! — Anna", "Kind regards,\nAnna –
/// Customer Care\nStayNest"): a closing phrase in any of those sentences, or a short thanks of its own ("Thank you!",
/// "Спасибо!") as the last real sentence, closes. A "Happy to help!" followed by the rest of an answer is not a
/// closing. A last message without words (a sticker, an emoji) or a signature alone leaves the decision to the
/// operator message before it.
/// </summary>
internal static class ClosingCheck
{
    // A signature line: a name, a team, a company ("Anna – Customer Care", "Сергей, служба поддержки «Волна»").
    private const int SignatureMaxWords = 4;
    private const int UnpunctuatedSignatureMaxWords = 8;
    private const int SignatureMaxLines = 4;
    private const int ShortThanksMaxWords = 5;

    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        if (context.Timeline.IsOpen)
        {
            return CheckVerdict.NotApplicable;
        }

        var (last, sentences) = LastOperatorMessageWithWords(context);
        return Closes(context, sentences) ? CheckVerdict.Pass : CheckVerdict.Fail(context.Messages[last].Id);
    }

    private static bool Closes(ChatCheckContext context, IReadOnlyList<string> sentences)
    {
        var language = context.PhraseLanguage;
        for (var i = sentences.Count - 1; i >= 0 && i >= sentences.Count - 1 - SignatureMaxLines; i--)
        {
            var sentence = TextNormalizer.Prepare(sentences[i]);
            if (context.Phrases.Matches(PhraseKeys.Closing, sentence, language)
                || (sentence.WordCount <= ShortThanksMaxWords && context.Phrases.MatchesAtStart(PhraseKeys.Thanks, sentence, language, 1)))
            {
                return true;
            }

            if (!IsSignatureLine(sentences[i], sentence))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A few words, or a line of up to eight that does not end like a sentence (no full stop, "!" or "?").</summary>
    private static bool IsSignatureLine(string raw, NormalizedText sentence) =>
        sentence.WordCount <= SignatureMaxWords
        || (sentence.WordCount <= UnpunctuatedSignatureMaxWords && !EndsLikeASentence(raw));

    private static bool EndsLikeASentence(string raw)
    {
        var trimmed = raw.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    // A signature sent on its own ("— Анна, служба поддержки") defers, like a sticker, to the message before it.
    private static bool IsSignatureOnly(string text, IReadOnlyList<string> sentences) =>
        sentences.Count <= 2 && text.TrimStart() is { Length: > 0 } trimmed && trimmed[0] is '—' or '–' or '-';

    // Each candidate message is split once; the sentences go on to the closing test.
    private static (int Index, IReadOnlyList<string> Sentences) LastOperatorMessageWithWords(ChatCheckContext context)
    {
        var last = context.LastIndexOf(Sender.Operator);
        for (var i = last; i >= 0; i--)
        {
            if (!context.IsFrom(i, Sender.Operator))
            {
                continue;
            }

            var sentences = Sentences.Split(context.Messages[i].Text);
            if (sentences.Count > 0 && !IsSignatureOnly(context.Messages[i].Text!, sentences))
            {
                return (i, sentences);
            }
        }

        return (last, Sentences.Split(context.Messages[last].Text));
    }
}
