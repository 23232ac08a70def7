namespace QaBot.TelegramEmulator.State;

/// <summary>The webhook a bot set with setWebhook.</summary>
public sealed record WebhookRegistration(Uri Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates);
