using System.Text.Json.Nodes;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest.Chatwoot;

namespace QaBot.IntegrationTests.Ingest.Chatwoot;

public sealed class ChatwootWebhookMapperTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_ReturnsTheCustomerMessageAndChatFields_WhenAnIncomingMessageIsCreated()
    {
        var chat = MapChat("message_created_incoming.json");

        Assert.Equal(new ChatKey("chatwoot", "42"), chat.Key);
        Assert.Equal(Channels.Chat, chat.Channel);
        Assert.Equal("Сайт", chat.Group);
        Assert.Equal("ru", chat.Language);
        Assert.Equal(new Party("77", "Анна"), chat.Customer);
        Assert.Null(chat.EndedAt);
        var message = Assert.Single(chat.Messages);
        Assert.Equal(
            new ChatMessage { Id = "1001", At = Start, From = Sender.Customer, Text = "Здравствуйте! Где мой заказ?" },
            message);
    }

    [Fact]
    public void Map_ReturnsAnOperatorMessageWithItsAuthor_WhenAnAgentReplies()
    {
        var message = Assert.Single(MapChat("message_created_outgoing.json").Messages);

        Assert.Equal(Sender.Operator, message.From);
        Assert.Equal(new Party("3", "Ирина Смирнова"), message.Operator);
        Assert.Equal("Здравствуйте, Анна! Минуту, уточню.", message.Text);
        Assert.Equal(Start.AddSeconds(14), message.At);
    }

    [Theory]
    [InlineData("message_created_agent_bot.json", "1003")]
    [InlineData("message_created_template.json", "1002")]
    [InlineData("message_updated_csat.json", "1007")]
    public void Map_ReturnsABotMessage_WhenAnAgentBotOrATemplateSendsIt(string fixture, string messageId)
    {
        var message = Assert.Single(MapChat(fixture).Messages);

        Assert.Equal(messageId, message.Id);
        Assert.Equal(Sender.Bot, message.From);
        Assert.Null(message.Operator);
    }

    [Theory]
    [InlineData("content_attributes", "automation_rule_id")]
    [InlineData("additional_attributes", "campaign_id")]
    public void Map_ReturnsABotMessage_WhenAutomationSendsItInAnAgentsName(string attributes, string marker)
    {
        var payload = ChatwootFixtures.LoadNode("message_created_outgoing.json");
        payload[attributes] = new JsonObject { [marker] = 12 };
        payload["conversation"]!["messages"]![0]![attributes] = new JsonObject { [marker] = 12 };

        var message = Assert.Single(Map(payload).Chat!.Messages);

        Assert.Equal(Sender.Bot, message.From);
    }

    [Fact]
    public void Map_KeepsTheContentVerbatim_WhenItLooksLikeHtml()
    {
        var message = Assert.Single(MapChat("message_created_agent_bot.json").Messages);

        Assert.Equal("<b>hi</b> & bye: статус заказа есть в личном кабинете", message.Text);
    }

    [Fact]
    public void Map_ReturnsNoChat_WhenTheMessageIsAPrivateNote()
    {
        var mapping = ChatwootWebhookMapper.Map(ChatwootFixtures.Load("message_created_private_note.json"));

        Assert.Equal("message_created", mapping.Event);
        Assert.Null(mapping.Chat);
        Assert.Contains("private note", mapping.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ReturnsNoChat_WhenTheUpdateDeletesTheMessage()
    {
        var payload = ChatwootFixtures.LoadNode("message_created_outgoing.json");
        payload["event"] = "message_updated";
        payload["content"] = "This message was deleted";
        payload["content_attributes"] = new JsonObject { ["deleted"] = true };

        var mapping = Map(payload);

        Assert.Null(mapping.Chat);
        Assert.Contains("deleted", mapping.IgnoredReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contact_created.json", "contact_created")]
    [InlineData("webwidget_triggered.json", "webwidget_triggered")]
    [InlineData("conversation_typing_on.json", "conversation_typing_on")]
    public void Map_ReturnsNoChatWithAReason_WhenTheEventCarriesNoTranscript(string fixture, string eventName)
    {
        var mapping = ChatwootWebhookMapper.Map(ChatwootFixtures.Load(fixture));

        Assert.Equal(eventName, mapping.Event);
        Assert.Null(mapping.Chat);
        Assert.Contains(eventName, mapping.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ReadsNestedMessages_WhenMessageTypeIsAnIntegerAndCreatedAtAFractionalEpoch()
    {
        var chat = MapChat("conversation_updated_reassigned.json");

        var reply = Assert.Single(chat.Messages, m => m.Id == "1004");
        Assert.Equal(Sender.Operator, reply.From);
        Assert.Equal(new Party("3", "Ирина Смирнова"), reply.Operator);
        Assert.Equal(Start.AddSeconds(14), reply.At);
        Assert.Equal("sales", chat.Group);
        Assert.Equal(["delivery"], chat.Tags!);
    }

    [Fact]
    public void Map_AddsATransferToTheNewAgent_WhenTheAssigneeChangesFromOneAgentToAnother()
    {
        var chat = MapChat("conversation_updated_reassigned.json");

        var transfer = Assert.Single(chat.Messages, m => m.From == Sender.System);
        Assert.True(transfer.IsTransfer);
        Assert.Equal(Start.AddMinutes(3), transfer.At);
        Assert.Equal(new Party("5", "Олег Петров"), transfer.Operator);
    }

    [Theory]
    [InlineData(null, 5)]
    [InlineData(3, null)]
    [InlineData(5, 5)]
    public void Map_AddsNoTransfer_WhenTheAssigneeIsSetForTheFirstTimeOrRemoved(int? previous, int? current)
    {
        var payload = ChatwootFixtures.LoadNode("conversation_updated_reassigned.json");
        payload["changed_attributes"]![0]!["assignee_id"] = new JsonObject
        {
            ["previous_value"] = previous,
            ["current_value"] = current,
        };

        Assert.DoesNotContain(Map(payload).Chat!.Messages, m => m.From == Sender.System);
    }

    [Fact]
    public void Map_EndsTheChatWhenTheStatusChanged_WhenTheConversationIsResolved()
    {
        var chat = MapChat("conversation_status_changed_resolved.json");

        Assert.Equal(Start.AddMinutes(6), chat.EndedAt);
    }

    [Fact]
    public void Map_SetsCsatAndEndsAtTheLastActivity_WhenTheSurveyOfAResolvedChatIsAnswered()
    {
        var chat = MapChat("message_updated_csat.json");

        Assert.Equal(5, chat.Csat);
        // The survey answer touched updated_at a minute and a half later; the chat still ended at its last activity.
        Assert.Equal(Start.AddMinutes(6), chat.EndedAt);
    }

    [Fact]
    public void Map_ReadsAMessengerChatInChinese_WhenAWhatsappContactWritesAfterAPhoto()
    {
        var chat = MapChat("message_created_whatsapp_chinese.json");

        Assert.Equal("57", chat.Id);
        Assert.Equal(Channels.Messenger, chat.Channel);
        Assert.Equal("zh", chat.Language);
        Assert.Equal("WhatsApp 客服", chat.Group);
        Assert.Equal(new Party("91", "王伟"), chat.Customer);
        Assert.Equal(["[attachment: image]", "您好，我的订单什么时候发货？"], chat.Messages.Select(m => m.Text));
        Assert.All(chat.Messages, m => Assert.Equal(Sender.Customer, m.From));
    }

    [Theory]
    [InlineData("Channel::WebWidget", Channels.Chat)]
    [InlineData("Channel::Api", Channels.Chat)]
    [InlineData("Channel::Email", Channels.Email)]
    [InlineData("Channel::Telegram", Channels.Messenger)]
    [InlineData("Channel::Whatsapp", Channels.Messenger)]
    [InlineData("Channel::FacebookPage", Channels.Messenger)]
    [InlineData("Channel::Line", Channels.Messenger)]
    [InlineData("Channel::Sms", Channels.Messenger)]
    [InlineData("Channel::TwilioSms", Channels.Messenger)]
    [InlineData("Channel::TwitterProfile", Channels.Messenger)]
    [InlineData("Channel::Instagram", Channels.Messenger)]
    [InlineData("Channel::Voice", Channels.Call)]
    [InlineData("Channel::SomethingNew", Channels.Chat)]
    public void Map_MapsTheInboxChannel_WhenTheConversationNamesItsChannelType(string channelType, string expected)
    {
        var payload = ChatwootFixtures.LoadNode("conversation_created.json");
        payload["channel"] = channelType;

        Assert.Equal(expected, Map(payload).Chat!.Channel);
    }

    [Theory]
    [InlineData("2026-11-20 06:00:00 UTC")]
    [InlineData("2026-11-20T09:00:00.999+03:00")]
    [InlineData("1795154400")]
    public void Map_ReadsTheSameInstant_WhenCreatedAtUsesAnotherFormat(string createdAt)
    {
        var payload = ChatwootFixtures.LoadNode("message_created_incoming.json");
        payload["created_at"] = createdAt;

        Assert.Equal(Start, Assert.Single(Map(payload).Chat!.Messages).At);
    }

    private static Chat MapChat(string fixture) =>
        ChatwootWebhookMapper.Map(ChatwootFixtures.Load(fixture)).Chat
        ?? throw new InvalidOperationException($"{fixture} was ignored");

    private static ChatwootMapping Map(JsonObject payload) => ChatwootWebhookMapper.Map(ChatwootFixtures.ToElement(payload));
}
