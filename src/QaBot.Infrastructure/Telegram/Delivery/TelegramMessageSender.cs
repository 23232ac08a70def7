using QaBot.Infrastructure.Telegram.Outbox;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>Sends outbox messages through the Bot API, as HTML without link previews.</summary>
public sealed class TelegramMessageSender : IMessageSender
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };
    private readonly ITelegramBotClient _client;

    public TelegramMessageSender(ITelegramBotClient client)
    {
        _client = client;
    }

    public async Task<long> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var draft = message.Draft;
        switch (draft.Kind)
        {
            case OutboxKind.Text:
                var sent = await _client.SendMessage(draft.ChatId, draft.Text ?? string.Empty, ParseMode.Html,
                    replyMarkup: Markup(draft.Buttons), linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
                return sent.MessageId;
            case OutboxKind.Photo:
                await using (var stream = new MemoryStream(draft.Photo ?? []))
                {
                    var photo = await _client.SendPhoto(draft.ChatId, InputFile.FromStream(stream, "chart.png"), draft.Text, ParseMode.Html,
                        replyMarkup: Markup(draft.Buttons), cancellationToken: cancellationToken);
                    return photo.MessageId;
                }

            case OutboxKind.Document:
                await using (var stream = new MemoryStream(draft.Photo ?? []))
                {
                    var document = await _client.SendDocument(draft.ChatId, InputFile.FromStream(stream, draft.FileName ?? "qabot.csv"), draft.Text, ParseMode.Html,
                        replyMarkup: Markup(draft.Buttons), cancellationToken: cancellationToken);
                    return document.MessageId;
                }

            case OutboxKind.EditText:
                var target = message.TargetMessageId ?? throw new InvalidOperationException($"Outbox message {message.Id} edits a message that was never sent.");
                await _client.EditMessageText(draft.ChatId, checked((int)target), draft.Text ?? string.Empty, ParseMode.Html,
                    replyMarkup: Markup(draft.Buttons), linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
                return target;
            default:
                throw new InvalidOperationException($"Outbox message {message.Id} has an unknown kind {draft.Kind}.");
        }
    }

    private static InlineKeyboardMarkup? Markup(IReadOnlyList<IReadOnlyList<InlineButton>>? buttons) =>
        buttons is null || buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData))));
}
