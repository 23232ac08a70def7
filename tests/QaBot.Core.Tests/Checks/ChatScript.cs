using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Checks;

/// <summary>
/// Writes a test chat as a script of messages at seconds after <see cref="Start"/>. Message ids are m1, m2, … in the
/// order written. The chat ends at its last message unless <see cref="Open"/> is called.
/// </summary>
internal sealed class ChatScript
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(3));

    private readonly List<ChatMessage> _messages = [];
    private string _channel = Channels.Chat;
    private string? _language = "en";
    private bool _open;

    /// <summary>Late enough that every test chat has ended by inactivity too.</summary>
    public static DateTimeOffset Later => Start.AddDays(1);

    public static DateTimeOffset At(int seconds) => Start.AddSeconds(seconds);

    public ChatScript Customer(int seconds, string text) => Add(seconds, Sender.Customer, text);

    public ChatScript Operator(int seconds, string text, string operatorId = "op-1") =>
        Add(seconds, Sender.Operator, text, new Party(operatorId));

    public ChatScript Bot(int seconds, string text) => Add(seconds, Sender.Bot, text);

    public ChatScript Transfer(int seconds, string toOperatorId) =>
        Add(seconds, Sender.System, text: null, new Party(toOperatorId), "transfer");

    public ChatScript Channel(string channel)
    {
        _channel = channel;
        return this;
    }

    public ChatScript Language(string? language)
    {
        _language = language;
        return this;
    }

    /// <summary>No ended_at; check it at a <c>now</c> within the inactivity timeout to keep it open.</summary>
    public ChatScript Open()
    {
        _open = true;
        return this;
    }

    public Chat Build() => new()
    {
        Id = "c-1",
        Channel = _channel,
        Language = _language,
        EndedAt = _open || _messages.Count == 0 ? null : _messages[^1].At,
        Messages = [.. _messages],
    };

    private ChatScript Add(int seconds, Sender from, string? text, Party? party = null, string? systemEvent = null)
    {
        _messages.Add(new ChatMessage
        {
            Id = $"m{_messages.Count + 1}",
            At = At(seconds),
            From = from,
            Text = text,
            Operator = party,
            Event = systemEvent,
        });
        return this;
    }
}
