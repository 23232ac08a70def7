namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>
/// Keeps the bot token out of logs. Telegram.Bot puts the token in every request URL (…/bot&lt;token&gt;/sendMessage),
/// and URLs end up in exception messages; everything the bot logs about a Bot API failure passes through here.
/// </summary>
public sealed class TokenScrubber
{
    private const string Mask = "<bot-token>";
    private readonly string? _token;

    public TokenScrubber(string? token)
    {
        _token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
    }

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text) || _token is null)
        {
            return text ?? string.Empty;
        }

        var scrubbed = text.Replace(_token, Mask, StringComparison.Ordinal);
        // URL-encoded form of the token (':' → %3A), as it may appear in a logged URL.
        return scrubbed.Replace(Uri.EscapeDataString(_token), Mask, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An exception safe to log: same type name, messages and stack traces, the token masked throughout.</summary>
    public Exception Scrub(Exception exception) => new ScrubbedException(exception, this);
}
