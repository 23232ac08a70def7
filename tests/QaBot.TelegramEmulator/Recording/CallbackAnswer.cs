namespace QaBot.TelegramEmulator.Recording;

/// <summary>An answerCallbackQuery call for a pushed callback query.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url, DateTimeOffset At);
