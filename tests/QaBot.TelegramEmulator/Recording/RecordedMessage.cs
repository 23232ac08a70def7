namespace QaBot.TelegramEmulator.Recording;

/// <summary>One message the bot sent or edited, as the emulator accepted it.</summary>
public sealed record RecordedMessage
{
    /// <summary>The canonical method: sendMessage, editMessageText, editMessageReplyMarkup, sendPhoto, sendDocument.</summary>
    public required string Method { get; init; }

    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    /// <summary>Text (or caption) exactly as the bot sent it, markup included.</summary>
    public string? Text { get; init; }

    public string? ParseMode { get; init; }

    /// <summary>reply_markup as compact JSON, when one was sent.</summary>
    public string? ReplyMarkupJson { get; init; }

    /// <summary>What the user reads: the text after HTML entities and tags are parsed.</summary>
    public string? VisibleText { get; init; }

    /// <summary>Size of the uploaded photo or document; null for text and for files sent by id or URL.</summary>
    public int? FileByteLength { get; init; }

    /// <summary>The uploaded bytes of a photo or document.</summary>
    public byte[]? FileContent { get; init; }

    public string? FileName { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public bool IsEdit => Method.StartsWith("edit", StringComparison.Ordinal);

    public bool IsPhoto => Method == "sendPhoto";
}
