namespace QaBot.TelegramEmulator.Html;

/// <summary>A MessageEntity produced by parsing (offset and length in UTF-16 code units, as Telegram counts).</summary>
public sealed record TextEntity(
    string Type,
    int Offset,
    int Length,
    string? Url = null,
    string? Language = null,
    string? CustomEmojiId = null);
