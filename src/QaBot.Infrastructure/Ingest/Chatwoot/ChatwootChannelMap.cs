using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>Maps a Chatwoot inbox channel type (<c>Channel::WebWidget</c>, <c>Channel::Email</c>, ...) onto a QaBot channel.</summary>
internal static class ChatwootChannelMap
{
    private const string Prefix = "Channel::";

    /// <summary>The QaBot channel; unknown or absent channel types fall back to <see cref="Channels.Chat"/>, the DESIGN §2 default.</summary>
    public static string ToChannel(string? channelType)
    {
        if (string.IsNullOrWhiteSpace(channelType))
        {
            return Channels.Chat;
        }

        var name = channelType.Trim();
        if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[Prefix.Length..];
        }

        return name.ToLowerInvariant() switch
        {
            "webwidget" or "api" => Channels.Chat,
            "email" => Channels.Email,
            "voice" or "twiliovoice" or "call" => Channels.Call,
            "telegram" or "whatsapp" or "facebookpage" or "facebook" or "line" or "sms" or "twiliosms"
                or "twitterprofile" or "twitter" or "instagram" or "tiktok" => Channels.Messenger,
            _ => Channels.Chat,
        };
    }
}
