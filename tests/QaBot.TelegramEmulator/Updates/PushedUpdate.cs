namespace QaBot.TelegramEmulator.Updates;

/// <summary>An update a test queued for the bot.</summary>
/// <param name="UpdateId">The update_id getUpdates will report.</param>
/// <param name="ChatId">The chat the update concerns.</param>
/// <param name="MessageId">The user's message (PushMessage) or the message whose button was pressed.</param>
/// <param name="CallbackQueryId">Set for callback queries: what answerCallbackQuery must name.</param>
public sealed record PushedUpdate(long UpdateId, long ChatId, int MessageId, string? CallbackQueryId = null);
