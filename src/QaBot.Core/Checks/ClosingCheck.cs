using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>closing</c>: the last operator message of an ended, answered chat closes or offers further help, at its
/// end: the last sentence, or the one before it when the last is a short signature ("Have a nice day! — Anna"). A
/// "Happy to help!" followed by the rest of an answer is not a closing. A last message without words (a sticker, an
/// emoji) leaves the decision to the operator message before it.
/// </summary>
internal static class ClosingCheck
{
    private const int SignatureMaxWords = 4;

    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        if (context.Timeline.IsOpen)
        {
            return CheckVerdict.NotApplicable;
        }

        var last = LastOperatorMessageWithWords(context);
        return Closes(context, Sentences.Split(context.Messages[last].Text)) ? CheckVerdict.Pass : CheckVerdict.Fail(context.Messages[last].Id);
    }

    private static bool Closes(ChatCheckContext context, IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
        {
            return false;
        }

        var end = TextNormalizer.Prepare(sentences[^1]);
        return context.Phrases.Matches(PhraseKeys.Closing, end, context.PhraseLanguage)
            || (end.WordCount <= SignatureMaxWords && sentences.Count > 1
                && context.Phrases.Matches(PhraseKeys.Closing, TextNormalizer.Prepare(sentences[^2]), context.PhraseLanguage));
    }

    private static int LastOperatorMessageWithWords(ChatCheckContext context)
    {
        var last = context.LastIndexOf(Sender.Operator);
        for (var i = last; i >= 0; i--)
        {
            if (context.IsFrom(i, Sender.Operator) && Sentences.Split(context.Messages[i].Text).Count > 0)
            {
                return i;
            }
        }

        return last;
    }
}
