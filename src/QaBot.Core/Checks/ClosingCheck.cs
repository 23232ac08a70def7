using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>DESIGN §4 <c>closing</c>: the last operator message of an ended, answered chat closes or offers further help.</summary>
internal static class ClosingCheck
{
    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        if (context.Timeline.IsOpen)
        {
            return CheckVerdict.NotApplicable;
        }

        var last = context.LastIndexOf(Sender.Operator);
        return context.Says(last, PhraseKeys.Closing) ? CheckVerdict.Pass : CheckVerdict.Fail(context.Messages[last].Id);
    }
}
