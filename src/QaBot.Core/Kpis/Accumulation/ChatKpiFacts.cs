using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// Everything one inbound chat contributes to the KPIs, with the cross-chat pre-passes already applied.
/// Built by <see cref="ChatKpiFactsBuilder"/>, summed by <see cref="KpiAccumulator"/>.
/// </summary>
public sealed record ChatKpiFacts
{
    public required ChatKey Key { get; init; }

    public required string Channel { get; init; }

    public string? Group { get; init; }

    /// <summary>t0, the first customer message.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>t0 on the business clock.</summary>
    public required DateTime LocalStart { get; init; }

    /// <summary>A chat belongs to the business day of its start.</summary>
    public DateOnly BusinessDay => DateOnly.FromDateTime(LocalStart);

    public required ChatOutcome Outcome { get; init; }

    /// <summary>t1, the first operator message after t0 (answered chats only).</summary>
    public DateTimeOffset? FirstResponse { get; init; }

    /// <summary>t1 − t0, answered chats only; open time only with <c>Sla:BusinessHoursOnly</c>.</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The service-level threshold T of the chat's channel.</summary>
    public required TimeSpan AnswerWithin { get; init; }

    /// <summary>Counts in the service-level numerator: answered with wait ≤ T.</summary>
    public bool AnsweredWithinSla => Wait is { } wait && wait <= AnswerWithin;

    /// <summary>end − t0, answered and ended chats.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>closed − last message, answered chats closed after their last message.</summary>
    public TimeSpan? WrapUp { get; init; }

    /// <summary>Operator-occupied time for staffing: end − t1 plus wrap-up, answered and ended chats.</summary>
    public TimeSpan? HandleTime { get; init; }

    public IReadOnlyList<ReplyTime> ReplyTimes { get; init; } = [];

    /// <summary>The rating 1–5 of an answered chat.</summary>
    public int? Csat { get; init; }

    /// <summary>An answered chat that converted.</summary>
    public bool Converted { get; init; }

    /// <summary>An answered chat whose customer showed purchase intent.</summary>
    public bool SalesIntent { get; init; }

    public FcrOutcome Fcr { get; init; }

    public int OperatorMessages { get; init; }

    public int CannedMessages { get; init; }

    /// <summary>The QA score of an answered chat.</summary>
    public int? QaScore { get; init; }

    /// <summary>Operator messages in the politeness <c>review</c> tier (answered chats only).</summary>
    public int ToReview { get; init; }

    /// <summary>The chat has a quality result (answered or not); its checks and QA score count only when it has.</summary>
    public bool Scored { get; init; }

    /// <summary>Check results of an answered chat: name → pass | fail | n/a.</summary>
    public IReadOnlyDictionary<string, string>? Checks { get; init; }

    /// <summary>The operator who sent t1 (wait attribution).</summary>
    public string? FirstResponderId { get; init; }

    /// <summary>The last operator who wrote (CSAT and conversion attribution).</summary>
    public string? LastOperatorId { get; init; }

    /// <summary>Every operator who wrote in the chat.</summary>
    public IReadOnlyList<OperatorChatFacts> Operators { get; init; } = [];

    public bool IsHandledBy(string operatorId) =>
        Operators.Any(o => string.Equals(o.OperatorId, operatorId, StringComparison.Ordinal));
}
