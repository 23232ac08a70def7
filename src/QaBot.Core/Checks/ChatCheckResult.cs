using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>What the quality checks of DESIGN §4 found in one chat: the data behind a <c>qabot score</c> line.</summary>
public sealed record ChatCheckResult
{
    public required ChatKey Key { get; init; }

    /// <summary>0–100; 0 when politeness failed; null for unanswered and outbound chats, which have no QA score.</summary>
    public required int? QaScore { get; init; }

    /// <summary>Every name of <see cref="CheckNames.All"/>, in that order.</summary>
    public required IReadOnlyDictionary<string, CheckOutcome> Checks { get; init; }

    /// <summary>Per failed check, the ids of the messages that show the failure; checks that did not fail are absent.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence { get; init; }

    /// <summary>P(rude) of every operator message with text, by message id.</summary>
    public required IReadOnlyDictionary<string, float> Politeness { get; init; }

    /// <summary>Ids of the operator messages in the <c>review</c> tier (unsure, not rude): supervisors label them.</summary>
    public IReadOnlyList<string> Review { get; init; } = [];

    /// <summary>Whether any customer message shows purchase intent (model or phrase list).</summary>
    public required bool SalesIntent { get; init; }

    /// <summary>The scorer's model version, so results can be recomputed when the models change.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The language whose phrase lists were used, or null when every language's lists were tried.</summary>
    public string? Language { get; init; }
}
