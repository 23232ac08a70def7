namespace QaBot.Core.Checks;

/// <summary>DESIGN §4 <c>first_response_sla</c>: wait = t1 − t0 is within the channel's <c>Sla:AnswerWithinSeconds</c> T.</summary>
internal static class FirstResponseSlaCheck
{
    public static CheckVerdict Evaluate(ChatCheckContext context)
    {
        var answerWithin = context.Settings.Definitions.AnswerWithinFor(context.Chat.Channel);
        return context.Timeline.Wait > answerWithin
            ? CheckVerdict.Fail(context.Messages[context.Timeline.FirstResponseIndex].Id)
            : CheckVerdict.Pass;
    }
}
