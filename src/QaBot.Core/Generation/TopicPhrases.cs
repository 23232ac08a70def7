namespace QaBot.Core.Generation;

/// <summary>
/// What customers and operators say about one subject (delivery, payment …). Templates may use <c>{order}</c>,
/// <c>{product}</c> and <c>{name}</c>.
/// </summary>
internal sealed record TopicPhrases
{
    /// <summary>The chat tag, e.g. <c>delivery</c>.</summary>
    public required string Tag { get; init; }

    /// <summary>The customer's first question and the operator's first answer.</summary>
    public required IReadOnlyList<Exchange> Openers { get; init; }

    /// <summary>A detail the customer adds right after the opener (order number, e-mail …).</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>Later questions with their answers.</summary>
    public required IReadOnlyList<Exchange> FollowUps { get; init; }

    /// <summary>A question the customer asks after the operator's last message.</summary>
    public required IReadOnlyList<string> LateQuestions { get; init; }
}
