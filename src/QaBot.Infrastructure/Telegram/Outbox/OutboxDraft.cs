namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>A message to put in the outbox. Edits name their target by outbox id or by Telegram message id.</summary>
public sealed record OutboxDraft(long ChatId, OutboxKind Kind)
{
    /// <summary>HTML text, or the photo's caption.</summary>
    public string? Text { get; init; }

    /// <summary>Rows of inline buttons.</summary>
    public IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons { get; init; }

    /// <summary>The bytes of a photo or a document.</summary>
    public byte[]? Photo { get; init; }

    /// <summary>A document's file name, e.g. <c>qabot-2026-11-20.csv</c>.</summary>
    public string? FileName { get; init; }

    /// <summary>The outbox row whose Telegram message an edit changes.</summary>
    public long? EditOf { get; init; }

    /// <summary>The Telegram message an edit changes, when it was not sent through the outbox's rows (a callback's message).</summary>
    public long? TargetMessageId { get; init; }

    /// <summary>Why it is sent, e.g. <c>feedback:op-3</c>: lets a refusal be reported with context.</summary>
    public string? Purpose { get; init; }
}
