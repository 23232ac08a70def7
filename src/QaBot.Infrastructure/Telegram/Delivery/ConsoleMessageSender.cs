using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>
/// Without <c>Telegram:BotToken</c> the outbox prints what the bot would send, so <c>demo</c> and <c>run</c> show alerts
/// and summaries with nothing to set up.
/// </summary>
public sealed class ConsoleMessageSender : IMessageSender
{
    private readonly Lock _gate = new();
    private readonly TextWriter _output;
    private long _nextId;

    public ConsoleMessageSender(TextWriter output)
    {
        _output = output;
    }

    public Task<long> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var draft = message.Draft;
        var what = draft.Kind switch
        {
            OutboxKind.Photo => $"photo ({draft.Photo?.Length ?? 0} bytes PNG)",
            OutboxKind.Document => $"document {draft.FileName} ({draft.Photo?.Length ?? 0} bytes)",
            OutboxKind.EditText => $"edit of message #{message.TargetMessageId}",
            _ => "message",
        };
        lock (_gate)
        {
            var id = draft.Kind == OutboxKind.EditText && message.TargetMessageId is { } target ? target : ++_nextId;
            _output.WriteLine($"[telegram → chat {draft.ChatId}] {what} #{id}");
            if (draft.Text is { Length: > 0 } text)
            {
                _output.WriteLine(Html.ToPlainText(text));
            }

            if (draft.Buttons is { Count: > 0 } buttons)
            {
                _output.WriteLine(string.Join("  ", buttons.SelectMany(row => row).Select(b => $"[{b.Text}]")));
            }

            _output.WriteLine();
            _output.Flush();
            return Task.FromResult(id);
        }
    }
}
