using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Telegram.Options;

/// <summary>
/// The shape of a Telegram bot token, <c>&lt;bot id&gt;:&lt;secret&gt;</c> as @BotFather gives it (the secret is 35
/// characters today; a little slack either way). Checked at start so a pasted-wrong token fails naming the key, not at
/// the first Bot API call.
/// </summary>
public static partial class BotTokenFormat
{
    public const string Message = "is not a Telegram bot token: expected <bot id>:<secret> as @BotFather gives it (digits, a colon, then 30-64 characters of A-Z, a-z, 0-9, _ and -)";

    public static bool IsMatch(string token) => Pattern().IsMatch(token);

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{30,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
