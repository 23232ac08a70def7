using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>
/// How the rest of the bot sends: everything goes into the persistent outbox and the delivery loop does the talking to
/// Telegram (DESIGN §6). Long texts are split under 4,096 characters on line boundaries; buttons go on the last part.
/// </summary>
public sealed class TelegramOutbox
{
    /// <summary>Telegram's caption limit for photos.</summary>
    public const int CaptionLimit = 1024;

    private readonly OutboxStore _store;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _time;

    public TelegramOutbox(OutboxStore store, OutboxSignal signal, TimeProvider time)
    {
        _store = store;
        _signal = signal;
        _time = time;
    }

    /// <summary>Queues an HTML text (split when long); returns the outbox ids of its parts, in order.</summary>
    public async Task<IReadOnlyList<long>> SendTextAsync(
        long chatId, string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var parts = HtmlMessageSplitter.Split(html);
        var drafts = parts.Select((part, i) => new OutboxDraft(chatId, OutboxKind.Text)
        {
            Text = part,
            Buttons = i == parts.Count - 1 ? buttons : null,
            Purpose = purpose,
        }).ToList();
        return await AddAsync(drafts, cancellationToken);
    }

    /// <summary>The same text to several chats (an alert, a summary); returns one outbox id per chat and part.</summary>
    public async Task<IReadOnlyList<long>> BroadcastTextAsync(
        IReadOnlyCollection<long> chatIds, string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var parts = HtmlMessageSplitter.Split(html);
        var drafts = chatIds.SelectMany(chatId => parts.Select((part, i) => new OutboxDraft(chatId, OutboxKind.Text)
        {
            Text = part,
            Buttons = i == parts.Count - 1 ? buttons : null,
            Purpose = purpose,
        })).ToList();
        return drafts.Count == 0 ? [] : await AddAsync(drafts, cancellationToken);
    }

    /// <summary>One message (never split: it will be edited) to each chat; returns each chat's outbox id.</summary>
    public async Task<IReadOnlyList<(long ChatId, long OutboxId)>> BroadcastEditableAsync(
        IReadOnlyList<long> chatIds, string html, string? purpose = null, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null,
        CancellationToken cancellationToken = default)
    {
        var text = Fit(html);
        var ids = chatIds.Count == 0
            ? []
            : await AddAsync(chatIds.Select(chatId => new OutboxDraft(chatId, OutboxKind.Text) { Text = text, Purpose = purpose, Buttons = buttons }).ToList(), cancellationToken);
        return chatIds.Zip(ids).ToList();
    }

    public async Task<long> SendPhotoAsync(long chatId, byte[] png, string? captionHtml, CancellationToken cancellationToken = default)
    {
        var caption = captionHtml is null ? null : HtmlMessageSplitter.Split(captionHtml, CaptionLimit)[0];
        return (await AddAsync([new OutboxDraft(chatId, OutboxKind.Photo) { Photo = png, Text = caption }], cancellationToken))[0];
    }

    public async Task<long> SendDocumentAsync(long chatId, byte[] content, string fileName, string? captionHtml, CancellationToken cancellationToken = default)
    {
        var caption = captionHtml is null ? null : HtmlMessageSplitter.Split(captionHtml, CaptionLimit)[0];
        return (await AddAsync([new OutboxDraft(chatId, OutboxKind.Document) { Photo = content, FileName = fileName, Text = caption }], cancellationToken))[0];
    }

    /// <summary>
    /// Changes a message queued earlier (by outbox id). Not sent yet: it is rewritten in place. Otherwise a pending edit
    /// of it is rewritten, or a new edit queued, so a burst of changes costs Telegram one call, not many.
    /// </summary>
    public async Task EditAsync(long chatId, long outboxId, string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default)
    {
        var text = Fit(html);
        if (await _store.TryRewritePendingAsync(outboxId, text, buttons, cancellationToken)
            || await _store.TryRewritePendingEditAsync(outboxId, text, buttons, cancellationToken))
        {
            return;
        }

        await AddAsync([new OutboxDraft(chatId, OutboxKind.EditText) { Text = text, Buttons = buttons, EditOf = outboxId }], cancellationToken);
    }

    /// <summary>Changes a message known by its Telegram id (the message under a pressed button).</summary>
    public async Task EditMessageAsync(long chatId, long telegramMessageId, string html, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons = null, CancellationToken cancellationToken = default) =>
        await AddAsync([new OutboxDraft(chatId, OutboxKind.EditText) { Text = Fit(html), Buttons = buttons, TargetMessageId = telegramMessageId }], cancellationToken);

    private async Task<IReadOnlyList<long>> AddAsync(IReadOnlyList<OutboxDraft> drafts, CancellationToken cancellationToken)
    {
        var ids = await _store.AddAsync(drafts, _time.GetUtcNow(), cancellationToken);
        _signal.Notify();
        return ids;
    }

    /// <summary>An edit cannot be split: keep its first part.</summary>
    private static string Fit(string html) => HtmlMessageSplitter.Split(html)[0];
}
