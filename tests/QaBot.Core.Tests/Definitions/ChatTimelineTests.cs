using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Definitions;

public sealed class ChatTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_EndsTheChatAtItsLastMessage_WhenEndedAtIsEarlierThanAMessage()
    {
        // ended_at 2 s after the customer's first message, but the customer wrote again a minute later.
        var chat = Unanswered(endedAt: T0.AddSeconds(2), "hello?", "anyone there?");

        var timeline = ChatTimeline.For(chat, T0.AddHours(2), DefinitionSettings.Default);

        Assert.Equal(T0.AddSeconds(60), timeline.End);
        Assert.False(timeline.IsShortAbandon);
    }

    [Fact]
    public void For_KeepsEndedAt_WhenItIsAfterTheLastMessage()
    {
        var chat = Unanswered(endedAt: T0.AddSeconds(3), "hello?");

        var timeline = ChatTimeline.For(chat, T0.AddHours(2), DefinitionSettings.Default);

        Assert.Equal(T0.AddSeconds(3), timeline.End);
        Assert.True(timeline.IsShortAbandon);
    }

    private static Chat Unanswered(DateTimeOffset endedAt, params string[] texts) => new()
    {
        Id = "c1",
        Source = "webchat",
        Channel = "chat",
        EndedAt = endedAt,
        Messages = [.. texts.Select((text, i) => new ChatMessage { Id = $"m{i + 1}", At = T0.AddSeconds(60 * i), From = Sender.Customer, Text = text })],
    };
}
