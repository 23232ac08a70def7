namespace QaBot.Core.Abstractions;

/// <summary>
/// What an upsert changed: chats created, chats updated (a field or a message changed), chats posted again exactly as
/// stored (nothing written, no new revision, nothing rescored), and messages written (inserted or changed).
/// </summary>
public sealed record UpsertResult(int ChatsCreated, int ChatsUpdated, int MessagesWritten, int ChatsUnchanged = 0)
{
    public static UpsertResult Empty { get; } = new(0, 0, 0);

    public UpsertResult Add(UpsertResult other) =>
        new(ChatsCreated + other.ChatsCreated, ChatsUpdated + other.ChatsUpdated, MessagesWritten + other.MessagesWritten,
            ChatsUnchanged + other.ChatsUnchanged);
}
