using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>
/// The transcript store port. Writes are upserts (DESIGN §2): posting or importing a chat again merges it with
/// what is stored, never duplicates it.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Creates or migrates the schema. Safe to call on every start and from several instances.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Merges the chats into the store in one transaction: either all of them are written or none.</summary>
    Task<UpsertResult> UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken);

    Task<Chat?> GetAsync(ChatKey key, CancellationToken cancellationToken);

    /// <summary>Chats whose first message falls in [<see cref="ChatQuery.From"/>, <see cref="ChatQuery.To"/>), in start order.</summary>
    IAsyncEnumerable<Chat> QueryAsync(ChatQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Key and revision of every chat without ended_at whose first message falls in [<paramref name="from"/>,
    /// <paramref name="to"/>): a cheap read that lets a watcher fetch only the chats that changed since it last looked.
    /// The revision grows with every write to the chat.
    /// </summary>
    IAsyncEnumerable<ChatRevision> OpenChatRevisionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>The distinct groups of the stored chats, in ordinal order: what a bot command may name as its group.</summary>
    Task<IReadOnlyList<string>> GroupsAsync(CancellationToken cancellationToken);

    /// <summary>Whether any stored message was written by the operator with this id (an indexed lookup).</summary>
    Task<bool> HasOperatorAsync(string operatorId, CancellationToken cancellationToken);

    /// <summary>Deletes chats (with their messages and results) whose last message is before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
