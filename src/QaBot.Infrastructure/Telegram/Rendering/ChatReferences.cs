using System.Security.Cryptography;
using System.Text;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>How chats and groups are named in replies and in callback data.</summary>
public static class ChatReferences
{
    /// <summary>What /chat accepts back: the id alone for the default source, else source/id; as copyable code.</summary>
    public static string Code(ChatKey key) => Html.Code(Text(key));

    public static string Text(ChatKey key) => key.Source == Chat.DefaultSource ? key.Id : $"{key.Source}/{key.Id}";

    /// <summary>A group name for callback data: itself when short, else '#' and 8 hex digits of its hash.</summary>
    public static string GroupToken(string? group)
    {
        if (group is null)
        {
            return string.Empty;
        }

        return Encoding.UTF8.GetByteCount(group) <= 24 && !group.StartsWith('#') ? group : "#" + Hash(group);
    }

    public static bool MatchesGroupToken(string? group, string token) =>
        token.Length == 0 || (group is not null && (token.StartsWith('#') ? "#" + Hash(group) == token : string.Equals(group, token, StringComparison.OrdinalIgnoreCase)));

    private static string Hash(string group) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group)))[..8];
}
