using Microsoft.Extensions.Logging;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// Recipients Telegram refused (403, or "chat not found" for someone who never started the bot). Each is marked once
/// and reported to the supervisors once; nothing more is sent to them until they write to the bot again (DESIGN §6:
/// "reported to supervisors, not retried forever").
/// </summary>
public sealed class UnreachableRecipients
{
    public const string ReportPurpose = "report:unreachable";

    private readonly ChatDirectoryStore _directory;
    private readonly AccessControl _access;
    private readonly TelegramOutbox _outbox;
    private readonly RecipientLanguages _languages;
    private readonly TimeProvider _time;
    private readonly ILogger<UnreachableRecipients> _logger;

    public UnreachableRecipients(ChatDirectoryStore directory, AccessControl access, TelegramOutbox outbox, RecipientLanguages languages, TimeProvider time, ILogger<UnreachableRecipients> logger)
    {
        _directory = directory;
        _access = access;
        _outbox = outbox;
        _languages = languages;
        _time = time;
        _logger = logger;
    }

    public async Task ReportAsync(long chatId, string? purpose, string reason, CancellationToken cancellationToken)
    {
        if (!await _directory.MarkUnreachableAsync(chatId, reason, _time.GetUtcNow(), cancellationToken) || purpose == ReportPurpose)
        {
            return;
        }

        var who = purpose is { } p && p.StartsWith("feedback:", StringComparison.Ordinal)
            ? $"operator {Html.Code(p["feedback:".Length..])} (Telegram {chatId})"
            : $"chat {Html.Code(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        var recipients = _access.SupervisorChats().Where(id => id != chatId).ToList();
        if (recipients.Count == 0)
        {
            _logger.LogWarning("Chat {ChatId} is unreachable and there is no supervisor to tell", chatId);
            return;
        }

        foreach (var recipient in recipients)
        {
            var s = await _languages.ForChatAsync(recipient, cancellationToken);
            await _outbox.SendTextAsync(recipient, s.Format(s.Unreachable, who, Html.Escape(reason)), purpose: ReportPurpose, cancellationToken: cancellationToken);
        }
    }

    public async Task<bool> IsUnreachableAsync(long chatId, CancellationToken cancellationToken) =>
        (await _directory.UnreachableChatsAsync(cancellationToken)).Contains(chatId);
}
