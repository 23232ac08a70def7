using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>greeting</c>: the operator's first message of the chat greets the customer — also when it was sent
/// before the customer wrote (a proactive greeting). The greeting opens the message: a greeting phrase starting in the
/// first words of its first two sentences ("Hi Anna!", "Анна, добрый день!"), not a "welcome" further on
/// ("We are glad to welcome you onboard").
/// </summary>
internal static class GreetingCheck
{
    /// <summary>"Anna, good morning": a name or an interjection may come before the greeting.</summary>
    private const int GreetingStartWords = 3;

    private const int OpeningSentences = 2;

    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        var first = FirstOperatorMessage(context);
        foreach (var sentence in Sentences.Split(context.Messages[first].Text).Take(OpeningSentences))
        {
            if (context.Phrases.MatchesAtStart(PhraseKeys.Greeting, TextNormalizer.Prepare(sentence), context.PhraseLanguage, GreetingStartWords))
            {
                return CheckVerdict.Pass;
            }
        }

        return CheckVerdict.Fail(context.Messages[first].Id);
    }

    private static int FirstOperatorMessage(ChatCheckContext context)
    {
        for (var i = 0; i < context.Messages.Count; i++)
        {
            if (context.IsFrom(i, Sender.Operator) && !string.IsNullOrWhiteSpace(context.Messages[i].Text))
            {
                return i;
            }
        }

        return context.Timeline.FirstResponseIndex;
    }
}
