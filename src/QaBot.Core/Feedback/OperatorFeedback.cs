using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Feedback;

/// <summary>
/// One operator's week (DESIGN §1, §6): own KPIs vs the team median, failed checks with the exact messages, one tip
/// per failed check in the operator's language, and the chat they handled best.
/// </summary>
public sealed record OperatorFeedback
{
    public required string OperatorId { get; init; }

    public string? OperatorName { get; init; }

    /// <summary>ru, en or zh: the language most of the operator's chats were in.</summary>
    public required string Language { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required OperatorKpis Own { get; init; }

    /// <summary>Team median of each headline figure, by the same names as <see cref="OperatorKpis"/>.</summary>
    public required IReadOnlyDictionary<string, double?> TeamMedian { get; init; }

    public required IReadOnlyList<FailedCheckExample> FailedChecks { get; init; }

    /// <summary>The answered chat with the best QA score (ties: highest CSAT, then shortest wait); null without one.</summary>
    public ChatKey? BestChat { get; init; }

    public int? BestChatQaScore { get; init; }
}
