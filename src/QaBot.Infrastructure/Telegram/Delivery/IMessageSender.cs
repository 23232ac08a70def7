using QaBot.Infrastructure.Telegram.Outbox;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>Performs one outbox message: the Bot API, or the console when no bot token is configured.</summary>
public interface IMessageSender
{
    /// <summary>Sends (or edits) and returns Telegram's message id; throws what the Bot API client throws on failure.</summary>
    Task<long> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
