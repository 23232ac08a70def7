using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Html;

namespace QaBot.TelegramEmulator.State;

/// <summary>The current content of a message in a chat, as Telegram keeps it (edits replace it).</summary>
internal sealed record StoredMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    /// <summary>Null for the bot's own messages, else the user who wrote it (pushed updates).</summary>
    public long? FromUserId { get; init; }

    public string? FromLanguageCode { get; init; }

    public required MessageKind Kind { get; init; }

    /// <summary>The method that gave the message its current content (e.g. editMessageText), or "update" for a user's.</summary>
    public required string LastChangedBy { get; init; }

    public required DateTimeOffset Date { get; init; }

    public DateTimeOffset? EditDate { get; init; }

    /// <summary>Text or caption exactly as sent.</summary>
    public string? Text { get; init; }

    public string? ParseMode { get; init; }

    /// <summary>Text or caption after entity parsing.</summary>
    public FormattedText? Formatted { get; init; }

    /// <summary>Only inline keyboards stay attached to a message.</summary>
    public JsonObject? InlineMarkup { get; init; }

    public string? FileId { get; init; }

    public string? FileName { get; init; }

    public int? FileByteLength { get; init; }

    /// <summary>The uploaded bytes (tests read an exported file back).</summary>
    public byte[]? FileContent { get; init; }

    public int PhotoWidth { get; init; }

    public int PhotoHeight { get; init; }

    public bool IsFromBot => FromUserId is null;
}
