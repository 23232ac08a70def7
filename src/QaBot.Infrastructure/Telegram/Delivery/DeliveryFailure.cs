using System.Net.Sockets;
using Telegram.Bot.Exceptions;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>A Bot API failure sorted by what to do about it (DESIGN §6 delivery rules).</summary>
public sealed record DeliveryFailure(DeliveryFailureKind Kind, string Reason, TimeSpan RetryAfter = default)
{
    public static DeliveryFailure Classify(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } e =>
            new(DeliveryFailureKind.RetryAfter, e.Message, TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 5))),
        ApiRequestException { ErrorCode: >= 500 } e => new(DeliveryFailureKind.Transient, $"{e.ErrorCode} {e.Message}"),
        ApiRequestException { ErrorCode: 403 } e => new(DeliveryFailureKind.Unreachable, e.Message),
        ApiRequestException { ErrorCode: 400 } e when Has(e, "message is not modified") => new(DeliveryFailureKind.NotModified, e.Message),
        ApiRequestException { ErrorCode: 400 } e when Has(e, "chat not found") || Has(e, "user not found") =>
            new(DeliveryFailureKind.Unreachable, e.Message),
        ApiRequestException { ErrorCode: 400 } e when e.Parameters?.MigrateToChatId is { } newId =>
            new(DeliveryFailureKind.Rejected, $"{e.Message} (the group is now chat {newId}: update Alerts:ChatIds or /subscribe again)"),
        ApiRequestException { ErrorCode: 400 } e => new(DeliveryFailureKind.Rejected, e.Message),
        // 401 (token revoked), 404, 409 …: a configuration problem an admin can fix; keep the message meanwhile.
        ApiRequestException e => new(DeliveryFailureKind.Transient, $"{e.ErrorCode} {e.Message}"),
        RequestException or HttpRequestException or IOException or SocketException or OperationCanceledException =>
            new(DeliveryFailureKind.Transient, $"{exception.GetType().Name}: {exception.Message}"),
        _ => new(DeliveryFailureKind.Transient, $"{exception.GetType().Name}: {exception.Message}"),
    };

    private static bool Has(ApiRequestException e, string text) => e.Message.Contains(text, StringComparison.OrdinalIgnoreCase);
}
