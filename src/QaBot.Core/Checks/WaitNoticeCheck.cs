namespace QaBot.Core.Checks;

/// <summary>DESIGN §4 <c>wait_notice</c>: every long wait after t1 was announced by a wait notice.</summary>
internal static class WaitNoticeCheck
{
    public static CheckVerdict Evaluate(ChatCheckContext context, LongWaits waits) =>
        !waits.AnyAfterFirstResponse
            ? CheckVerdict.NotApplicable
            : CheckVerdict.FailIfAny([.. waits.UnannouncedEndedBy.Select(i => context.Messages[i].Id)]);
}
