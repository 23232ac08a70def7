namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>The bot's own username (from getMe), so that "/stats@other_bot" in a group is left to the other bot.</summary>
public sealed class BotIdentity
{
    public string? Username { get; set; }

    public bool IsAddressedToUs(string? mention) =>
        mention is null || Username is null || string.Equals(mention, Username, StringComparison.OrdinalIgnoreCase);
}
