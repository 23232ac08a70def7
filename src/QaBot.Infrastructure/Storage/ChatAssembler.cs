using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Storage;

/// <summary>
/// Turns the rows of a "chats LEFT JOIN messages ORDER BY chat, message time" query back into chats, one at a time,
/// so that a query over millions of messages streams instead of loading everything.
/// </summary>
internal sealed class ChatAssembler(Action<ChatKey>? skipped = null)
{
    private Chat? _current;
    private List<ChatMessage> _messages = [];

    /// <summary>
    /// Feeds one row; returns the previous chat when this row starts a new one. A chat with an instant outside
    /// <see cref="StoredInstants"/> is not returned: it is reported to <c>skipped</c> instead.
    /// </summary>
    public Chat? Add(Chat chatFields, ChatMessage? message)
    {
        Chat? completed = null;
        if (_current is null || _current.Key != chatFields.Key)
        {
            completed = Flush();
            _current = chatFields;
        }

        if (message is not null)
        {
            _messages.Add(message);
        }

        return completed;
    }

    public Chat? Flush()
    {
        if (_current is null)
        {
            return null;
        }

        var chat = _current with { Messages = ChatMerger.Order(_messages) };
        _current = null;
        _messages = [];
        if (!StoredInstants.InRange(chat))
        {
            skipped?.Invoke(chat.Key);
            return null;
        }

        return chat;
    }
}
