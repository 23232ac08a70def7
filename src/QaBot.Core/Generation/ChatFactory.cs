using System.Globalization;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// Makes one chat at a given start: who writes (a new or returning customer), in which language, group and channel,
/// how it turns out (answered, missed, short abandon, outbound) and which lapses it carries, then has it written.
/// Holds the state that spans chats: the customer counter and the recent customers for repeat contacts.
/// </summary>
internal sealed class ChatFactory(GeneratorSettings settings)
{
    private static readonly Dictionary<string, string[]> TopicsByGroup = new(StringComparer.Ordinal)
    {
        [ChatGroups.Sales] = ["product", "product", "delivery"],
        [ChatGroups.Support] = ["delivery", "returns", "account"],
        [ChatGroups.Billing] = ["payment", "payment", "returns"],
    };

    private readonly GeneratorRates _rates = settings.Rates;
    private readonly OperatorRoster _roster = new(settings.Rates);
    private readonly RecentCustomers _recent = new();
    private readonly TimeZoneInfo _zone = settings.BusinessTimeZone;
    private long _customers;

    public GeneratedChat Create(string id, DateTimeOffset start, Random random)
    {
        if (random.Chance(_rates.OutboundRate))
        {
            return CreateOutbound(id, start, random);
        }

        var returning = random.Chance(_rates.RepeatContactRate) ? _recent.Pick(start, random) : null;
        var language = returning?.Language ?? PickLanguage(random);
        var customer = returning?.Customer ?? NewCustomer(language, random);
        var group = ChatGroups.All[random.PickWeighted([_rates.SalesShare, _rates.SupportShare, _rates.BillingShare])];
        var channel = PickChannel(random);
        var roll = random.NextDouble();
        var kind = roll < _rates.ShortAbandonRate ? ChatKind.ShortAbandon
            : roll < _rates.ShortAbandonRate + _rates.MissedRate ? ChatKind.Missed
            : ChatKind.Answered;
        var plan = Plan(kind, language, group, channel, customer, random);

        var log = new MessageLog(start, _zone);
        var usedCanned = false;
        switch (kind)
        {
            case ChatKind.ShortAbandon:
                UnansweredChatWriter.WriteShortAbandon(plan, log, random);
                break;
            case ChatKind.Missed:
                UnansweredChatWriter.WriteMissed(plan, log, random);
                break;
            default:
                var writer = new AnsweredChatWriter(plan, log, random);
                writer.Write();
                usedCanned = writer.UsedCanned;
                break;
        }

        var (endedAt, closedAt) = EndAndClose(kind, plan.Timing, log.Clock, start, random);
        _recent.Add(customer, language, start, endedAt ?? log.Clock);
        var answered = kind == ChatKind.Answered;
        var chat = new Chat
        {
            Id = id,
            Source = SourceFor(channel, random),
            Channel = channel,
            Group = group,
            Language = language,
            Customer = customer,
            EndedAt = endedAt,
            ClosedAt = closedAt,
            Csat = answered && random.Chance(_rates.CsatResponseRate) ? CsatScore.Draw(plan, log.EndedLongWait, random) : null,
            Converted = answered && plan.PurchaseIntent ? plan.Converted : null,
            OrderValue = plan.Converted ? plan.Product.Price * (random.Chance(0.2) ? 2 : 1) : null,
            Tags = plan.PurchaseIntent ? [plan.Topic.Tag, "purchase"] : [plan.Topic.Tag],
            Messages = [.. log.Messages],
        };
        var scenario = new ChatScenario
        {
            Kind = kind,
            RepeatContact = returning is not null,
            BotBeforeOperator = plan.BotBeforeOperator,
            PurchaseIntent = plan.PurchaseIntent,
            SlowFirstResponse = plan.SlowFirstResponse,
            MissingGreeting = plan.MissingGreeting,
            UnannouncedLongWait = plan.UnannouncedLongWait,
            AnnouncedHold = plan.AnnouncedHold,
            HasWaitOverSixtySeconds = log.EndedLongWait,
            MissingThanksForWaiting = log.EndedLongWait && plan.OmitThanksForWaiting,
            MissingClosing = plan.MissingClosing,
            UnansweredQuestion = plan.UnansweredQuestion,
            RudeMessage = plan.RudeMessage,
            Transferred = plan.Transfer,
            MissedSale = plan.MissedSale,
            CannedReplies = usedCanned,
        };
        return new GeneratedChat(chat, scenario);
    }

    private ChatPlan Plan(ChatKind kind, string language, string group, string channel, Party customer, Random random)
    {
        var book = PhraseBooks.For(language);
        var timing = ChannelTiming.For(channel);
        var op = OperatorRoster.Pick(language, group, random);
        var purchase = group == ChatGroups.Sales && random.Chance(_rates.PurchaseIntentRate);
        var topic = book.Topics[purchase ? "product" : random.Pick(TopicsByGroup[group])];
        var answered = kind == ChatKind.Answered;
        var live = timing.IsLive;
        var missedSale = answered && purchase && random.Chance(_rates.MissedSaleRate);
        return new ChatPlan
        {
            Book = book,
            Topic = topic,
            Timing = timing,
            Operator = op,
            Customer = customer,
            Product = random.Pick(book.Catalogue),
            OrderNumber = random.Between(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
            BotBeforeOperator = kind != ChatKind.ShortAbandon && random.Chance(_rates.BotMessageRate),
            PurchaseIntent = purchase,
            SlowFirstResponse = answered && live && random.Chance(_roster.Odds(op, Lapse.SlowFirstResponse)),
            MissingGreeting = answered && random.Chance(_roster.Odds(op, Lapse.MissingGreeting)),
            UnannouncedLongWait = answered && live && random.Chance(_roster.Odds(op, Lapse.UnannouncedLongWait)),
            AnnouncedHold = answered && live && random.Chance(_roster.Odds(op, Lapse.AnnouncedHold)),
            OmitThanksForWaiting = answered && random.Chance(_rates.MissingThanksForWaitingRate),
            MissingClosing = answered && random.Chance(_rates.MissingClosingRate),
            UnansweredQuestion = answered && random.Chance(_rates.UnansweredQuestionRate),
            RudeMessage = answered && random.Chance(_roster.Odds(op, Lapse.Rude)),
            Transfer = answered && random.Chance(_rates.TransferRate),
            MissedSale = missedSale,
            // Only chats with an offer convert, so the rate among them is scaled up to keep ConversionRate overall.
            Converted = answered && purchase && !missedSale && random.Chance(_rates.ConversionRate / (1 - _rates.MissedSaleRate)),
        };
    }

    private GeneratedChat CreateOutbound(string id, DateTimeOffset start, Random random)
    {
        var language = PickLanguage(random);
        var group = random.Chance(0.5) ? ChatGroups.Sales : ChatGroups.Support;
        var plan = Plan(ChatKind.Outbound, language, group, Channels.Chat, NewCustomer(language, random), random);
        var log = new MessageLog(start, _zone);
        UnansweredChatWriter.WriteOutbound(plan, log, random);
        var endedAt = log.Clock + random.Seconds(60, 1800);
        var chat = new Chat
        {
            Id = id,
            Source = "webchat",
            Group = group,
            Language = language,
            Customer = plan.Customer,
            EndedAt = endedAt,
            ClosedAt = random.Chance(_rates.ClosedAtPresentRate) ? endedAt + random.Seconds(5, 120) : null,
            Tags = ["outbound"],
            Messages = [.. log.Messages],
        };
        var canned = log.Messages.Any(m => m.Canned == true);
        return new GeneratedChat(chat, new ChatScenario { Kind = ChatKind.Outbound, CannedReplies = canned });
    }

    /// <summary>ended_at mostly present (a while after the last message; within 5 s of the start for a short abandon), closed_at a little later.</summary>
    private (DateTimeOffset? EndedAt, DateTimeOffset? ClosedAt) EndAndClose(
        ChatKind kind, ChannelTiming timing, DateTimeOffset lastMessage, DateTimeOffset start, Random random)
    {
        if (!random.Chance(_rates.EndedAtPresentRate))
        {
            return (null, null);
        }

        var ended = kind switch
        {
            ChatKind.ShortAbandon => start + random.Seconds(1, 4),
            ChatKind.Missed => lastMessage + (timing.IsLive ? random.Seconds(60, 900) : random.Seconds(3600, 86_400)),
            _ => lastMessage + (timing.IsLive ? random.Seconds(10, 240) : random.Seconds(600, 43_200)),
        };
        var closed = random.Chance(_rates.ClosedAtPresentRate) ? ended + random.Seconds(5, 180) : (DateTimeOffset?)null;
        return (TimeZoneInfo.ConvertTime(ended, _zone), closed is { } c ? TimeZoneInfo.ConvertTime(c, _zone) : null);
    }

    private string PickLanguage(Random random) =>
        PhraseBooks.Languages[random.PickWeighted([_rates.RussianShare, _rates.EnglishShare, _rates.ChineseShare])];

    private string PickChannel(Random random)
    {
        var roll = random.NextDouble();
        return roll < _rates.EmailShare ? Channels.Email
            : roll < _rates.EmailShare + _rates.MessengerShare ? Channels.Messenger
            : Channels.Chat;
    }

    private static string SourceFor(string channel, Random random) => channel switch
    {
        Channels.Email => "email",
        Channels.Messenger => random.Chance(0.6) ? "telegram" : "whatsapp",
        _ => "webchat",
    };

    private Party NewCustomer(string language, Random random) =>
        new($"u-{++_customers}", random.Pick(PhraseBooks.For(language).CustomerNames));
}
