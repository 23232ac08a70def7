using QaBot.Core.Text;

namespace QaBot.Core.Checks;

/// <summary>DESIGN §4 <c>greeting</c>: the first operator message (t1) greets the customer.</summary>
internal static class GreetingCheck
{
    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        var first = context.Timeline.FirstResponseIndex;
        return context.Says(first, PhraseKeys.Greeting) ? CheckVerdict.Pass : CheckVerdict.Fail(context.Messages[first].Id);
    }
}
