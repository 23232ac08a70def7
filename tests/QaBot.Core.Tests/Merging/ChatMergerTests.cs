using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Merging;

public sealed class ChatMergerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MergeBatch_KeepsTheChatAsPosted_WhenItsMessagesAreOrderedAndUnique()
    {
        var chat = Chat("c1", Message("m1", 0), Message("m2", 5), Message("a", 9), Message("b", 9));

        var merged = Assert.Single(ChatMerger.MergeBatch([chat]));

        Assert.Same(chat, merged);
    }

    [Fact]
    public void MergeBatch_OrdersByTimeThenId_WhenMessagesArriveOutOfOrder()
    {
        var merged = Assert.Single(ChatMerger.MergeBatch([Chat("c1", Message("m3", 9), Message("m1", 0), Message("b", 5), Message("a", 5))]));

        Assert.Equal(["m1", "a", "b", "m3"], merged.Messages.Select(m => m.Id));
    }

    [Fact]
    public void MergeBatch_KeepsOneMessagePerId_WhenAChatRepeatsAnIdAtDifferentTimes()
    {
        var merged = Assert.Single(ChatMerger.MergeBatch([Chat("c1", Message("m1", 0, "first"), Message("m2", 5), Message("m1", 7, "edited"))]));

        Assert.Equal(["m2", "m1"], merged.Messages.Select(m => m.Id));
        Assert.Equal("edited", merged.Messages[1].Text);
    }

    [Fact]
    public void MergeBatch_MergesRepeatsOfOneChat_WhenItAppearsTwiceInTheBatch()
    {
        var merged = ChatMerger.MergeBatch([Chat("c1", Message("m2", 5)), Chat("c2", Message("x", 1)), Chat("c1", Message("m1", 0))]);

        Assert.Equal(["c1", "c2"], merged.Select(c => c.Id));
        Assert.Equal(["m1", "m2"], merged[0].Messages.Select(m => m.Id));
    }

    [Fact]
    public void IsOrderedAndUnique_IsFalse_WhenTiesAreNotInIdOrder() =>
        Assert.False(ChatMerger.IsOrderedAndUnique([Message("b", 5), Message("a", 5)]));

    private static Chat Chat(string id, params ChatMessage[] messages) => new() { Id = id, Source = "webchat", Messages = messages };

    private static ChatMessage Message(string id, int second, string text = "hi") =>
        new() { Id = id, At = T0.AddSeconds(second), From = Sender.Customer, Text = text };
}
