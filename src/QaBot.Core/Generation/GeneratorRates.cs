namespace QaBot.Core.Generation;

/// <summary>
/// The known rates the synthetic transcripts are generated with. Each rate is a probability per chat of the population
/// named in its comment, so a KPI or check computed over the generated data can be compared with it.
/// </summary>
public sealed record GeneratorRates
{
    public static GeneratorRates Default { get; } = new();

    // Traffic mix: shares are relative weights, normalised by their sum.
    public double RussianShare { get; init; } = 0.55;
    public double EnglishShare { get; init; } = 0.35;
    public double ChineseShare { get; init; } = 0.10;

    public double SalesShare { get; init; } = 0.35;
    public double SupportShare { get; init; } = 0.45;
    public double BillingShare { get; init; } = 0.20;

    /// <summary>Of all chats: messenger channel (the rest not email is <c>chat</c>).</summary>
    public double MessengerShare { get; init; } = 0.12;

    /// <summary>Of all chats: email channel, answered in minutes to hours.</summary>
    public double EmailShare { get; init; } = 0.05;

    /// <summary>Of all chats: outbound, the operator writes first and no customer message follows.</summary>
    public double OutboundRate { get; init; } = 0.01;

    // Outcomes of inbound chats.

    /// <summary>Of inbound chats: the customer writes, nobody answers, and the chat ends after 5 s or more.</summary>
    public double MissedRate { get; init; } = 0.06;

    /// <summary>Of inbound chats: the customer leaves unanswered within 5 s.</summary>
    public double ShortAbandonRate { get; init; } = 0.02;

    /// <summary>Of inbound chats: the customer already had a chat that ended within the 7 days before this one started.</summary>
    public double RepeatContactRate { get; init; } = 0.10;

    /// <summary>Of inbound chats: a bot message comes before the operator's first response.</summary>
    public double BotMessageRate { get; init; } = 0.15;

    // Operator behaviour in answered chats (chat and messenger channels unless said otherwise).

    /// <summary>Of answered chat/messenger chats: first response after more than 20 s.</summary>
    public double SlowFirstResponseRate { get; init; } = 0.20;

    /// <summary>Of answered chats (every channel): the first operator message has no greeting.</summary>
    public double MissingGreetingRate { get; init; } = 0.10;

    /// <summary>Of answered chat/messenger chats: a customer waits more than 60 s after t1 with no wait notice before.</summary>
    public double UnannouncedLongWaitRate { get; init; } = 0.08;

    /// <summary>Of answered chat/messenger chats: the operator announces a hold ("one moment, let me check") and returns after more than 60 s.</summary>
    public double AnnouncedHoldRate { get; init; } = 0.20;

    /// <summary>Of answered chats with an operator message ending a wait of more than 60 s: such a message has no thanks for waiting.</summary>
    public double MissingThanksForWaitingRate { get; init; } = 0.15;

    /// <summary>Of answered chats: the last operator message has no closing or offer of further help.</summary>
    public double MissingClosingRate { get; init; } = 0.10;

    /// <summary>Of answered chats: the chat ends on a customer question after the operator's last message.</summary>
    public double UnansweredQuestionRate { get; init; } = 0.03;

    /// <summary>Of answered chats: one operator message is rude.</summary>
    public double RudeMessageRate { get; init; } = 0.02;

    /// <summary>Of answered chats: a system <c>transfer</c> event hands the chat to another operator.</summary>
    public double TransferRate { get; init; } = 0.05;

    // Sales and satisfaction.

    /// <summary>Of inbound chats in the sales group: the customer shows purchase intent.</summary>
    public double PurchaseIntentRate { get; init; } = 0.30;

    /// <summary>Of answered purchase-intent chats: the operator makes no offer (no price, link or order).</summary>
    public double MissedSaleRate { get; init; } = 0.15;

    /// <summary>Of answered purchase-intent chats: converted, with an order value. Only chats with an offer convert.</summary>
    public double ConversionRate { get; init; } = 0.35;

    /// <summary>Of answered chats: a CSAT score is present (its value is skewed by the chat's quality).</summary>
    public double CsatResponseRate { get; init; } = 0.40;

    /// <summary>Of chats with a known end: <c>ended_at</c> is present (the rest end by inactivity).</summary>
    public double EndedAtPresentRate { get; init; } = 0.92;

    /// <summary>Of chats with <c>ended_at</c>: <c>closed_at</c> is present, a little after the end.</summary>
    public double ClosedAtPresentRate { get; init; } = 0.90;

    /// <summary>Throws naming the first rate that is not a probability, or a mix that does not add up.</summary>
    public void Validate()
    {
        (string Name, double Value)[] probabilities =
        [
            (nameof(MessengerShare), MessengerShare), (nameof(EmailShare), EmailShare), (nameof(OutboundRate), OutboundRate),
            (nameof(MissedRate), MissedRate), (nameof(ShortAbandonRate), ShortAbandonRate),
            (nameof(RepeatContactRate), RepeatContactRate), (nameof(BotMessageRate), BotMessageRate),
            (nameof(SlowFirstResponseRate), SlowFirstResponseRate), (nameof(MissingGreetingRate), MissingGreetingRate),
            (nameof(UnannouncedLongWaitRate), UnannouncedLongWaitRate), (nameof(AnnouncedHoldRate), AnnouncedHoldRate),
            (nameof(MissingThanksForWaitingRate), MissingThanksForWaitingRate), (nameof(MissingClosingRate), MissingClosingRate),
            (nameof(UnansweredQuestionRate), UnansweredQuestionRate), (nameof(RudeMessageRate), RudeMessageRate),
            (nameof(TransferRate), TransferRate), (nameof(PurchaseIntentRate), PurchaseIntentRate),
            (nameof(MissedSaleRate), MissedSaleRate), (nameof(ConversionRate), ConversionRate),
            (nameof(CsatResponseRate), CsatResponseRate), (nameof(EndedAtPresentRate), EndedAtPresentRate),
            (nameof(ClosedAtPresentRate), ClosedAtPresentRate),
        ];
        foreach (var (name, value) in probabilities)
        {
            if (!(value is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be a probability between 0 and 1.");
            }
        }

        RequireSum(MessengerShare + EmailShare, "MessengerShare + EmailShare");
        RequireSum(MissedRate + ShortAbandonRate, "MissedRate + ShortAbandonRate");
        RequireSum(ConversionRate + MissedSaleRate, "ConversionRate + MissedSaleRate");
        RequireMix([RussianShare, EnglishShare, ChineseShare], "RussianShare/EnglishShare/ChineseShare");
        RequireMix([SalesShare, SupportShare, BillingShare], "SalesShare/SupportShare/BillingShare");
    }

    private static void RequireSum(double sum, string what)
    {
        if (sum > 1)
        {
            throw new ArgumentOutOfRangeException(what, sum, $"{what} must not exceed 1.");
        }
    }

    private static void RequireMix(double[] shares, string what)
    {
        if (shares.Any(s => !(s >= 0) || double.IsInfinity(s)) || shares.Sum() <= 0)
        {
            throw new ArgumentOutOfRangeException(what, $"{what} must be non-negative with a positive sum.");
        }
    }
}
