using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>The real store, counting chat queries: a report served from rollups queries no chats at all.</summary>
public sealed class CountingTranscriptStore(ITranscriptStore inner) : ITranscriptStore
{
    public int Queries { get; private set; }

    public void Reset() => Queries = 0;

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public Task<UpsertResult> UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken) => inner.UpsertAsync(chats, cancellationToken);

    public Task<Chat?> GetAsync(ChatKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public IAsyncEnumerable<Chat> QueryAsync(ChatQuery query, CancellationToken cancellationToken)
    {
        Queries++;
        return inner.QueryAsync(query, cancellationToken);
    }

    public IAsyncEnumerable<ChatRevision> OpenChatRevisionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        inner.OpenChatRevisionsAsync(from, to, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GroupsAsync(CancellationToken cancellationToken) => inner.GroupsAsync(cancellationToken);

    public Task<bool> HasOperatorAsync(string operatorId, CancellationToken cancellationToken) => inner.HasOperatorAsync(operatorId, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.PurgeAsync(cutoff, cancellationToken);
}
