using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis;

/// <summary>
/// One chat as the KPI engine sees it: the transcript plus the per-chat quality results of DESIGN §4
/// (absent when the chat has not been scored yet).
/// </summary>
public sealed record KpiChat(Chat Chat)
{
    /// <summary>QA score 0–100; only answered chats have one.</summary>
    public int? QaScore { get; init; }

    /// <summary>Check name → <c>pass</c> | <c>fail</c> | <c>n/a</c>; null when the chat has no quality result yet.</summary>
    public IReadOnlyDictionary<string, string>? Checks { get; init; }

    /// <summary>Operator messages of the chat in the politeness <c>review</c> tier.</summary>
    public int ToReview { get; init; }

    /// <summary>A customer message of the chat shows purchase intent.</summary>
    public bool SalesIntent { get; init; }
}
