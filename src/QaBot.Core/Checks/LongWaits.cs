using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// The waits of an answered chat longer than <c>Rules:WaitNoticeSeconds</c> (DESIGN §3 <em>long wait</em>, §4
/// <c>wait_notice</c>, <c>thanks_for_waiting</c>), found in one pass. Only customer and operator messages take part:
/// bot and system messages (transfers included) are never responses and never interrupt a wait.
/// </summary>
internal sealed class LongWaits
{
    private LongWaits(IReadOnlyList<int> endedBy, IReadOnlyList<int> unannouncedEndedBy, bool any)
    {
        EndedBy = endedBy;
        UnannouncedEndedBy = unannouncedEndedBy;
        AnyAfterFirstResponse = any;
    }

    /// <summary>
    /// Operator messages that end a wait of more than WaitNoticeSeconds: the first response when the wait was that
    /// long, the message ending each long wait, and the message after each announced hold.
    /// </summary>
    public IReadOnlyList<int> EndedBy { get; }

    /// <summary>Operator messages ending a long wait whose last operator message before it was not a wait notice.</summary>
    public IReadOnlyList<int> UnannouncedEndedBy { get; }

    /// <summary>Whether there is any long wait after t1 (announced or not).</summary>
    public bool AnyAfterFirstResponse { get; }

    public static LongWaits Find(ChatCheckContext context)
    {
        var messages = context.Messages;
        var limit = context.Settings.WaitNotice;
        var first = context.Timeline.FirstResponseIndex;
        var endedBy = new List<int>();
        var unannounced = new List<int>();
        var any = false;

        // wait = t1 − t0.
        if (messages[first].At - messages[context.Timeline.StartIndex].At > limit)
        {
            endedBy.Add(first);
        }

        var lastOperator = first;
        var runStart = -1;
        for (var i = first + 1; i < messages.Count; i++)
        {
            var from = messages[i].From;
            if (from == Sender.Customer)
            {
                // A run of customer messages waits from its first message, as reply time does.
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (from != Sender.Operator)
            {
                continue;
            }

            if (runStart >= 0)
            {
                // Long wait: a customer message after t1 whose next operator message comes more than the limit later.
                if (messages[i].At - messages[runStart].At > limit)
                {
                    any = true;
                    endedBy.Add(i);
                    if (!context.Says(lastOperator, PhraseKeys.WaitNotice))
                    {
                        unannounced.Add(i);
                    }
                }

                runStart = -1;
            }
            else if (messages[i].At - messages[lastOperator].At > limit && context.Says(lastOperator, PhraseKeys.WaitNotice))
            {
                // Announced hold: consecutive operator messages more than the limit apart, the first a wait notice.
                any = true;
                endedBy.Add(i);
            }

            lastOperator = i;
        }

        return new LongWaits(endedBy, unannounced, any);
    }
}
