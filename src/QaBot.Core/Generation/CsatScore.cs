namespace QaBot.Core.Generation;

/// <summary>A customer's CSAT (1–5) that follows the chat's quality: rude, slow or unresolved chats score lower.</summary>
internal static class CsatScore
{
    /// <summary>Weights of scores 1..5 for a chat with nothing wrong.</summary>
    private static readonly double[] Baseline = [0.03, 0.04, 0.10, 0.25, 0.58];

    public static int Draw(ChatPlan plan, bool hadLongWait, Random random)
    {
        var score = random.PickWeighted(Baseline) + 1;
        if (plan.RudeMessage)
        {
            return Math.Min(score, random.Between(1, 2));
        }

        // Each lapse costs a point with some chance, so bad chats skew low without every one of them being a 1.
        (bool Present, double Chance)[] lapses =
        [
            (plan.SlowFirstResponse, 0.5), (plan.UnannouncedLongWait, 0.6), (hadLongWait && plan.OmitThanksForWaiting, 0.3),
            (plan.MissingGreeting, 0.2), (plan.MissingClosing, 0.3), (plan.UnansweredQuestion, 0.7),
            (plan.Transfer, 0.3), (plan.MissedSale, 0.6),
        ];
        foreach (var (present, chance) in lapses)
        {
            if (present && random.Chance(chance))
            {
                score--;
            }
        }

        if (plan.Converted && random.Chance(0.5))
        {
            score++;
        }

        return Math.Clamp(score, 1, 5);
    }
}
