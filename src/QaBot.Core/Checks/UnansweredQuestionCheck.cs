using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>unanswered_question</c>: an ended, answered chat whose last customer message asks something — a
/// sentence ending in "?" ("？"), or opening with a question phrase ("how do I pay", "подскажите, где…") — with no
/// operator message after it. A statement with a question word inside ("ok, that's how it works") does not ask; nor
/// does a one-word exclamation ("Seriously?!", "Серьёзно?") unless the word itself asks ("Когда?", "Why?").
/// </summary>
internal static class UnansweredQuestionCheck
{
    /// <summary>Words that may come before the question phrase of a question written without "?": "so how do I…", "а где…".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "so", "and", "but", "ok", "okay", "hi", "hello", "hey", "also", "then", "well", "sorry", "please", "btw", "oh", "um",
        "а", "и", "но", "так", "ну", "ок", "окей", "здравствуйте", "привет", "извините", "простите", "тогда", "еще", "вот",
    };

    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        if (context.Timeline.IsOpen)
        {
            return CheckVerdict.NotApplicable;
        }

        var lastCustomer = context.LastIndexOf(Sender.Customer);
        var answeredAfter = context.LastIndexOf(Sender.Operator) > lastCustomer;
        return answeredAfter || !IsQuestion(context, lastCustomer)
            ? CheckVerdict.Pass
            : CheckVerdict.Fail(context.Messages[lastCustomer].Id);
    }

    /// <summary>"ok and how long…": the openers before the first word that may start the question.</summary>
    private static int OpenerCount(NormalizedText words)
    {
        var count = 0;
        while (count < words.WordCount - 1 && Openers.Contains(words.Word(count).ToString()))
        {
            count++;
        }

        return count;
    }

    private const int ExclamationMaxWords = 2;

    // Two or more marks at the end, at least one of them "?": "??", "???", "?!", "!?".
    private static bool IsExclamatoryQuestionMark(string sentence)
    {
        var trimmed = sentence.AsSpan().TrimEnd();
        var marks = 0;
        var question = false;
        for (var i = trimmed.Length - 1; i >= 0 && trimmed[i] is '?' or '!' or '？' or '！'; i--)
        {
            marks++;
            question |= trimmed[i] is '?' or '？';
        }

        return marks >= 2 && question;
    }

    private static bool IsQuestion(ChatCheckContext context, int index)
    {
        foreach (var sentence in Sentences.Split(context.Messages[index].Text))
        {
            var words = TextNormalizer.Prepare(sentence);
            if (words.WordCount == 0 && !words.HasCjk)
            {
                continue;
            }

            // "45 days???", "что простите??", "Seriously?!": disbelief, not a question waiting for an answer.
            if (words.WordCount <= ExclamationMaxWords && !words.HasCjk && IsExclamatoryQuestionMark(sentence))
            {
                continue;
            }

            var opensWithQuestion = context.Phrases.MatchesAtStart(PhraseKeys.Question, words, context.PhraseLanguage, OpenerCount(words) + 1);
            if (Sentences.EndsWithQuestionMark(sentence) ? words.WordCount > 1 || words.HasCjk || opensWithQuestion : opensWithQuestion)
            {
                return true;
            }
        }

        return false;
    }
}
