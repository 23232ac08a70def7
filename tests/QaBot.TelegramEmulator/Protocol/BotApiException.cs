namespace QaBot.TelegramEmulator.Protocol;

/// <summary>
/// A refusal the emulator answers with {"ok":false,"error_code":...,"description":...}, worded like Telegram's.
/// </summary>
public sealed class BotApiException : Exception
{
    public BotApiException()
        : this(500, "Internal Server Error")
    {
    }

    public BotApiException(string message)
        : this(400, message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 400;
    }

    public BotApiException(int errorCode, string description, int? retryAfter = null)
        : base(description)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public int ErrorCode { get; }

    /// <summary>Seconds to wait, sent as parameters.retry_after (flood control, 429).</summary>
    public int? RetryAfter { get; }

    /// <summary>400 with Telegram's "Bad Request: " prefix.</summary>
    public static BotApiException BadRequest(string detail) => new(400, $"Bad Request: {detail}");
}
