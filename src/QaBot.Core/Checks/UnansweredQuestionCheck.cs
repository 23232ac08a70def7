using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>unanswered_question</c>: an ended, answered chat whose last customer message is a question ("?", "？"
/// or a question phrase) with no operator message after it.
/// </summary>
internal static class UnansweredQuestionCheck
{
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

    private static bool IsQuestion(ChatCheckContext context, int index)
    {
        var text = context.Messages[index].Text;
        return text is not null
            && (text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal)
                || context.Says(index, PhraseKeys.Question));
    }
}
