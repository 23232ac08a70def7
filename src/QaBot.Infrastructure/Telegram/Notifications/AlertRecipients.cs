using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// Where team alerts and summaries go: <c>Alerts:ChatIds</c> plus every chat that /subscribed, minus chats Telegram
/// refused. Without a bot token there is no Telegram chat to pick, so the console (chat 0) gets them.
/// </summary>
public sealed class AlertRecipients
{
    public const long ConsoleChatId = 0;

    private readonly AlertOptions _alerts;
    private readonly TelegramOptions _telegram;
    private readonly ChatDirectoryStore _directory;
    private readonly AccessControl _access;

    public AlertRecipients(IOptions<AlertOptions> alerts, IOptions<TelegramOptions> telegram, ChatDirectoryStore directory, AccessControl access)
    {
        _alerts = alerts.Value;
        _telegram = telegram.Value;
        _directory = directory;
        _access = access;
    }

    /// <summary>Supervisors' private chats (admins when no supervisor is configured; the console without a token).</summary>
    public IReadOnlyList<long> SupervisorChats()
    {
        var chats = _access.SupervisorChats();
        return chats.Count > 0 || _telegram.HasToken ? chats : [ConsoleChatId];
    }

    public async Task<IReadOnlyList<long>> TeamChatsAsync(CancellationToken cancellationToken)
    {
        var unreachable = await _directory.UnreachableChatsAsync(cancellationToken);
        var chats = _alerts.ChatIds
            .Concat(await _directory.SubscribedChatsAsync(cancellationToken))
            .Where(id => !unreachable.Contains(id))
            .Distinct()
            .ToList();
        if (chats.Count == 0 && !_telegram.HasToken)
        {
            chats.Add(ConsoleChatId);
        }

        return chats;
    }
}
