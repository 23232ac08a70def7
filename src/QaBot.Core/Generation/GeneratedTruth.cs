namespace QaBot.Core.Generation;

/// <summary>
/// What a generation run is expected to show, stated up front from its settings: the expected number of chats and the
/// rates it was built with, named after the KPI or check that should find them. For tests, the README and the CLI.
/// </summary>
public sealed record GeneratedTruth
{
    public required int Seed { get; init; }

    public required DateOnly From { get; init; }

    /// <summary>The last day generated (inclusive).</summary>
    public required DateOnly To { get; init; }

    public required string TimeZone { get; init; }

    /// <summary>Expected chats over all days: weekdays at ChatsPerDay, weekends at the weekend factor.</summary>
    public required double ExpectedChats { get; init; }

    public required GeneratorRates Rates { get; init; }

    public required IReadOnlyList<ExpectedRate> ExpectedRates { get; init; }

    public static GeneratedTruth For(GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var r = settings.Rates;
        var expected = Enumerable.Range(0, settings.Days)
            .Sum(d => ArrivalCurve.ExpectedChats(settings.StartDate.AddDays(d), settings));
        return new GeneratedTruth
        {
            Seed = settings.Seed,
            From = settings.StartDate,
            To = settings.StartDate.AddDays(settings.Days - 1),
            TimeZone = settings.BusinessTimeZone.Id,
            ExpectedChats = expected,
            Rates = r,
            ExpectedRates =
            [
                new("outbound_share", r.OutboundRate, "all chats"),
                new("missed_share", r.MissedRate, "inbound chats"),
                // KPI missed_rate = missed ÷ (answered + missed): short abandons drop out of the denominator.
                new("missed_rate", r.MissedRate / (1 - r.ShortAbandonRate), "answered + missed chats"),
                new("short_abandon_share", r.ShortAbandonRate, "inbound chats"),
                new("repeat_contact_share", r.RepeatContactRate, "inbound chats (lower on the first day)"),
                new("bot_before_operator_share", r.BotMessageRate, "inbound chats except short abandons"),
                new("slow_first_response_share", r.SlowFirstResponseRate, "answered chat/messenger chats: wait > 20 s"),
                new("greeting_fail_rate", r.MissingGreetingRate, "answered chats"),
                new("wait_notice_fail_rate", r.UnannouncedLongWaitRate, "answered chat/messenger chats"),
                new("announced_hold_share", r.AnnouncedHoldRate, "answered chat/messenger chats"),
                new("thanks_for_waiting_fail_rate", r.MissingThanksForWaitingRate, "answered chats with a wait over 60 s"),
                new("closing_fail_rate", r.MissingClosingRate, "answered ended chats"),
                new("unanswered_question_fail_rate", r.UnansweredQuestionRate, "answered chats"),
                new("rude_chat_share", r.RudeMessageRate, "answered chats"),
                new("transfer_share", r.TransferRate, "answered chats"),
                new("purchase_intent_share", r.PurchaseIntentRate, "inbound sales-group chats"),
                new("missed_sale_rate", r.MissedSaleRate, "answered purchase-intent chats"),
                new("sales_conversion_rate", r.ConversionRate, "answered purchase-intent chats"),
                new("csat_response_rate", r.CsatResponseRate, "answered chats"),
            ],
        };
    }
}
