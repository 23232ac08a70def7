namespace QaBot.Core.Generation;

/// <summary>Writes the chats no operator answers (missed, short abandon) and outbound chats no customer answers.</summary>
internal static class UnansweredChatWriter
{
    /// <summary>
    /// DESIGN §3 missed: the customer writes and nudges, maybe a bot replies, nobody answers. The nudge keeps the last
    /// message at least 20 s after the start, so the chat is missed (not a short abandon) even without <c>ended_at</c>.
    /// </summary>
    public static void WriteMissed(ChatPlan plan, MessageLog log, Random random)
    {
        var book = plan.Book;
        log.Customer(TimeSpan.Zero, Opening(plan, random));
        if (plan.BotBeforeOperator)
        {
            log.Bot(random.Seconds(1, 3), random.Pick(book.BotQueueNotices));
        }

        // One or two different nudges, each a while after the previous message.
        var first = random.Next(book.CustomerNudges.Count);
        var nudges = random.Chance(0.4) ? 2 : 1;
        for (var i = 0; i < nudges; i++)
        {
            var delay = plan.Timing.IsLive ? random.Seconds(20, 180) : random.LogSeconds(3600, 48 * 3600);
            log.Customer(delay, book.CustomerNudges[(first + i) % book.CustomerNudges.Count]);
        }
    }

    /// <summary>DESIGN §3 short abandon: one customer message, then the customer is gone within seconds.</summary>
    public static void WriteShortAbandon(ChatPlan plan, MessageLog log, Random random) =>
        log.Customer(TimeSpan.Zero, random.Chance(0.4) ? random.Pick(plan.Book.CustomerHellos) : Opening(plan, random));

    /// <summary>An outbound chat: the operator writes first (order ready, payment reminder) and the customer never replies.</summary>
    public static void WriteOutbound(ChatPlan plan, MessageLog log, Random random)
    {
        var book = plan.Book;
        log.Operator(TimeSpan.Zero, plan.Operator.Party, plan.Fill(random.Pick(book.OutboundMessages)), canned: random.Chance(0.5));
        if (random.Chance(0.5))
        {
            log.Operator(random.Seconds(3, 20), plan.Operator.Party, random.Pick(book.Closings), canned: false);
        }
    }

    private static string Opening(ChatPlan plan, Random random)
    {
        var question = plan.PurchaseIntent
            ? plan.Fill(random.Pick(plan.Book.CustomerPurchaseOpeners))
            : plan.Fill(random.Pick(plan.Topic.Openers).Customer);
        return random.Chance(0.6) ? plan.Book.Join(random.Pick(plan.Book.CustomerHellos), question) : question;
    }
}
