using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Infrastructure;

/// <summary>Small builders for readable test chats.</summary>
public static class Chats
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(3));

    public static ChatMessage Customer(string id, int second, string text) =>
        new() { Id = id, At = T0.AddSeconds(second), From = Sender.Customer, Text = text };

    public static ChatMessage Operator(string id, int second, string text, string op = "op-1", string? name = "Ирина") =>
        new() { Id = id, At = T0.AddSeconds(second), From = Sender.Operator, Text = text, Operator = new Party(op, name) };

    public static Chat Chat(string id, params ChatMessage[] messages) =>
        new() { Id = id, Source = "webchat", Messages = messages };
}
