namespace QaBot.Core.Abstractions;

/// <summary>What an upsert changed: chats created vs updated, and messages written.</summary>
public sealed record UpsertResult(int ChatsCreated, int ChatsUpdated, int MessagesWritten)
{
    public static UpsertResult Empty { get; } = new(0, 0, 0);

    public UpsertResult Add(UpsertResult other) =>
        new(ChatsCreated + other.ChatsCreated, ChatsUpdated + other.ChatsUpdated, MessagesWritten + other.MessagesWritten);
}
