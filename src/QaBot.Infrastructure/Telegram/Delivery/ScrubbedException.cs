namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>A stand-in for an exception whose text may hold the bot token: logs show its type, message and stack, masked.</summary>
public sealed class ScrubbedException : Exception
{
    private readonly string _stackTrace;
    private readonly string _description;

    public ScrubbedException(Exception original, TokenScrubber scrubber)
        : base(scrubber.Scrub($"{original.GetType().FullName}: {original.Message}"),
            original.InnerException is null ? null : new ScrubbedException(original.InnerException, scrubber))
    {
        _stackTrace = scrubber.Scrub(original.StackTrace);
        _description = scrubber.Scrub(original.ToString());
    }

    public ScrubbedException()
    {
        _stackTrace = string.Empty;
        _description = string.Empty;
    }

    public ScrubbedException(string message)
        : base(message)
    {
        _stackTrace = string.Empty;
        _description = message;
    }

    public ScrubbedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _stackTrace = string.Empty;
        _description = message;
    }

    public override string? StackTrace => _stackTrace;

    public override string ToString() => _description;
}
