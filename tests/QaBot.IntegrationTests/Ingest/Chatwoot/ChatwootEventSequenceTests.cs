using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest.Chatwoot;

namespace QaBot.IntegrationTests.Ingest.Chatwoot;

/// <summary>Conversation 42's webhook events folded with the upsert of DESIGN §2, as the ingest endpoint stores them.</summary>
public sealed class ChatwootEventSequenceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);

    private static readonly ChatMessage[] ExpectedMessages =
    [
        new() { Id = "1001", At = Start, From = Sender.Customer, Text = "Здравствуйте! Где мой заказ?" },
        new()
        {
            Id = "1002", At = Start.AddSeconds(1), From = Sender.Bot,
            Text = "Спасибо за обращение! Оператор ответит в течение минуты.",
        },
        new()
        {
            Id = "1003", At = Start.AddSeconds(5), From = Sender.Bot,
            Text = "<b>hi</b> & bye: статус заказа есть в личном кабинете",
        },
        new()
        {
            Id = "1004", At = Start.AddSeconds(14), From = Sender.Operator,
            Operator = new Party("3", "Ирина Смирнова"), Text = "Здравствуйте, Анна! Минуту, уточню.",
        },
        new()
        {
            Id = "transfer-1795154580", At = Start.AddMinutes(3), From = Sender.System, Event = "transfer",
            Operator = new Party("5", "Олег Петров"),
        },
        new()
        {
            Id = "1006", At = Start.AddMinutes(5), From = Sender.Operator, Operator = new Party("5", "Олег Петров"),
            Text = "Анна, ваш заказ уже в пути, курьер привезёт его завтра. Чем ещё могу помочь?",
        },
        new() { Id = "1007", At = Start.AddMinutes(6), From = Sender.Bot, Text = "Пожалуйста, оцените наш разговор" },
    ];

    [Fact]
    public void Fold_YieldsTheWholeChat_WhenTheEventsArriveInOrder()
    {
        var chat = Fold(ChatwootFixtures.Conversation42);

        Assert.Equal(new ChatKey("chatwoot", "42"), chat.Key);
        Assert.Equal(ExpectedMessages, chat.Messages);
        Assert.Equal(Channels.Chat, chat.Channel);
        Assert.Equal("sales", chat.Group);
        Assert.Equal("ru", chat.Language);
        Assert.Equal(new Party("77", "Анна"), chat.Customer);
        Assert.Equal(Start.AddMinutes(6), chat.EndedAt);
        Assert.Equal(5, chat.Csat);
        Assert.Equal(["delivery"], chat.Tags!);
    }

    [Fact]
    public void Fold_YieldsTheSameChat_WhenEveryEventIsDeliveredTwice()
    {
        var once = Fold(ChatwootFixtures.Conversation42);
        var twice = Fold(ChatwootFixtures.Conversation42.SelectMany(name => new[] { name, name }));

        AssertSameChat(once, twice);
    }

    [Fact]
    public void Fold_YieldsTheSameChat_WhenTheWholeSequenceIsReplayed()
    {
        var once = Fold(ChatwootFixtures.Conversation42);
        var replayed = Fold(ChatwootFixtures.Conversation42.Concat(ChatwootFixtures.Conversation42));

        AssertSameChat(once, replayed);
    }

    [Fact]
    public void Fold_YieldsTheSameMessagesAndEnd_WhenTheEventsArriveInReverseOrder()
    {
        var chat = Fold(ChatwootFixtures.Conversation42.Reverse());

        Assert.Equal(ExpectedMessages, chat.Messages);
        Assert.Equal(Start.AddMinutes(6), chat.EndedAt);
    }

    private static Chat Fold(IEnumerable<string> fixtures) =>
        fixtures
            .Select(name => ChatwootWebhookMapper.Map(ChatwootFixtures.Load(name)).Chat)
            .OfType<Chat>()
            .Aggregate(ChatMerger.Merge);

    private static void AssertSameChat(Chat expected, Chat actual)
    {
        Assert.Equal(expected.Messages, actual.Messages);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected with { Messages = [], Tags = null }, actual with { Messages = [], Tags = null });
    }
}
