namespace QaBot.Core.Generation;

/// <summary>
/// The shape of an answered chat before it is written: the exchanges after the first response (the planned lapses plus
/// a few ordinary ones, in random order) and how many optional messages still fit under the 20-message cap.
/// </summary>
internal sealed record ConversationOutline(IReadOnlyList<ConversationStep> Steps, int SpareMessages)
{
    public const int MaxMessages = 20;

    public static ConversationOutline Plan(ChatPlan plan, Random random)
    {
        var planned = new List<ConversationStep>();
        if (plan.AnnouncedHold) { planned.Add(ConversationStep.Hold); }
        if (plan.UnannouncedLongWait) { planned.Add(ConversationStep.LongWait); }
        if (plan.RudeMessage) { planned.Add(ConversationStep.Rude); }
        if (plan.Transfer) { planned.Add(ConversationStep.Transfer); }

        var steps = random.Shuffle(planned);
        // Ordinary exchanges only while the topic has fresh follow-up questions, so a customer rarely asks twice.
        var questions = plan.PurchaseIntent ? plan.Book.PurchaseFollowUps.Count : plan.Topic.FollowUps.Count;
        var plain = Math.Min(random.Between(0, plan.Timing.IsLive ? 3 : 1), questions - steps.Count);
        plain = Math.Max(plain, steps.Count == 0 ? 1 : 0);
        for (var i = 0; i < plain; i++)
        {
            steps.Insert(random.Next(steps.Count + 1), ConversationStep.Plain);
        }

        // Required: the opening customer message, the bot, the first response, each step, the customer's "ordered"
        // note, the closing, the late question. Everything else (extra customer messages, goodbyes) is optional.
        var minimal = 2 + (plan.BotBeforeOperator ? 1 : 0) + steps.Sum(MinimalLength)
            + (plan.Converted ? 1 : 0) + 1 + (plan.UnansweredQuestion ? 1 : 0);
        while (minimal > MaxMessages && steps.Remove(ConversationStep.Plain))
        {
            minimal -= MinimalLength(ConversationStep.Plain);
        }

        return new ConversationOutline(steps, MaxMessages - minimal);
    }

    private static int MinimalLength(ConversationStep step) => step switch
    {
        ConversationStep.Hold => 3,
        ConversationStep.Transfer => 4,
        _ => 2,
    };
}
