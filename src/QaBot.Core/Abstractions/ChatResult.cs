using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>
/// The stored quality result of one chat at one revision (DESIGN §4): QA score, per-check outcome ("pass" | "fail" |
/// "n/a"), evidence message ids, P(rude) per operator message, and whether the customer showed purchase intent.
/// </summary>
public sealed record ChatResult
{
    public required ChatKey Key { get; init; }

    /// <summary>The chat revision the result was computed from; a newer revision makes it stale.</summary>
    public required long Revision { get; init; }

    /// <summary>The chat's start (t0, or its first message), for period queries such as <c>/worst</c>.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public int? QaScore { get; init; }

    public required IReadOnlyDictionary<string, string> Checks { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence { get; init; }

    public required IReadOnlyDictionary<string, float> Politeness { get; init; }

    /// <summary>Ids of the operator messages in the politeness <c>review</c> tier (DESIGN §4): not rude, to be labelled.</summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    public bool SalesIntent { get; init; }

    /// <summary>Model and rules version the result was computed with; a change makes it stale.</summary>
    public required string Version { get; init; }

    public required DateTimeOffset ComputedAt { get; init; }
}
