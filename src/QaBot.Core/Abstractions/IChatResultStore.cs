using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>Per-chat quality results, kept beside the transcripts and recomputed when a chat grows or the models change.</summary>
public interface IChatResultStore
{
    Task SaveResultsAsync(IReadOnlyList<ChatResult> results, CancellationToken cancellationToken);

    Task<ChatResult?> GetResultAsync(ChatKey key, CancellationToken cancellationToken);

    /// <summary>Results of every chat starting in [from, to), by chat.</summary>
    Task<IReadOnlyDictionary<ChatKey, ChatResult>> GetResultsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Results of chats starting in the window that lost points (QA score below 100), lowest first (for <c>/worst</c>);
    /// only the chats of <paramref name="group"/> when one is given.
    /// </summary>
    Task<IReadOnlyList<ChatResult>> WorstAsync(DateTimeOffset from, DateTimeOffset to, int limit, string? group, CancellationToken cancellationToken);

    /// <summary>Chats with no result, a result for an older revision, or a result of another <paramref name="version"/>.</summary>
    Task<IReadOnlyList<(ChatKey Key, long Revision)>> FindStaleAsync(string version, int limit, CancellationToken cancellationToken);
}
