namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>An inline keyboard button that sends <see cref="CallbackData"/> (at most 64 bytes) back to the bot.</summary>
public sealed record InlineButton(string Text, string CallbackData)
{
    public const int MaxCallbackDataBytes = 64;
}
