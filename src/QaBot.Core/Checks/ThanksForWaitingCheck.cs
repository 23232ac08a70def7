using QaBot.Core.Text;

namespace QaBot.Core.Checks;

/// <summary>DESIGN §4 <c>thanks_for_waiting</c>: every operator message that ends a wait over WaitNoticeSeconds thanks for waiting or patience.</summary>
internal static class ThanksForWaitingCheck
{
    public static CheckVerdict Evaluate(ChatCheckContext context, LongWaits waits) =>
        waits.EndedBy.Count == 0
            ? CheckVerdict.NotApplicable
            : CheckVerdict.FailIfAny([.. waits.EndedBy
                .Where(i => !context.Says(i, PhraseKeys.ThanksForWaiting))
                .Select(i => context.Messages[i].Id)]);
}
