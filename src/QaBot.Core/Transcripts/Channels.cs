namespace QaBot.Core.Transcripts;

/// <summary>The channels DESIGN §2 allows; <see cref="Chat"/> is the default.</summary>
public static class Channels
{
    public const string Chat = "chat";
    public const string Email = "email";
    public const string Call = "call";
    public const string Messenger = "messenger";

    public static IReadOnlyList<string> All { get; } = [Chat, Email, Call, Messenger];

    public static bool IsKnown(string channel) => All.Contains(channel, StringComparer.Ordinal);
}
