namespace QaBot.TelegramEmulator;

/// <summary>How an emulator instance behaves; every default suits a test that just needs a Bot API.</summary>
public sealed class TelegramEmulatorOptions
{
    /// <summary>The only token accepted; others get 401. The digits before ':' are the bot's user id.</summary>
    public string Token { get; init; } = "123456789:QaBotEmulatorToken_abcdefghijklmnopqrstu";

    public string BotUsername { get; init; } = "qabot_test_bot";

    public string BotFirstName { get; init; } = "QaBot";

    /// <summary>api.min.json to load; null searches for shared/telegram-bot-api/api.min.json.</summary>
    public string? ApiSchemaPath { get; init; }

    /// <summary>Stamps message dates and records and drives the rate limit window; waits always use real time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Flood control over sending and editing messages; null (the default) means no limit.</summary>
    public int? MessagesPerSecondLimit { get; init; }
}
