using Microsoft.Extensions.Logging;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Feedback;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Commands;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Notifications;

/// <summary>
/// <see cref="ITeamNotifier"/> over the outbox: what jobs and scoring tell people. Without a bot token the same
/// messages reach the console through the console sender.
/// </summary>
public sealed class TelegramTeamNotifier : ITeamNotifier
{
    private readonly TelegramOutbox _outbox;
    private readonly AlertRecipients _recipients;
    private readonly RecipientLanguages _languages;
    private readonly AccessControl _access;
    private readonly UnreachableRecipients _unreachable;
    private readonly FlagStore _flags;
    private readonly LocalizedBroadcast _broadcast;
    private readonly ChatRefStore _refs;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramTeamNotifier> _logger;

    public TelegramTeamNotifier(
        TelegramOutbox outbox, AlertRecipients recipients, RecipientLanguages languages, AccessControl access, UnreachableRecipients unreachable,
        FlagStore flags, LocalizedBroadcast broadcast, ChatRefStore refs, TimeProvider time, ILogger<TelegramTeamNotifier> logger)
    {
        _outbox = outbox;
        _recipients = recipients;
        _languages = languages;
        _access = access;
        _unreachable = unreachable;
        _flags = flags;
        _broadcast = broadcast;
        _refs = refs;
        _time = time;
        _logger = logger;
    }

    public Task SendDailySummaryAsync(KpiReport report, KpiReport? sameWeekdayLastWeek, CancellationToken cancellationToken) =>
        _broadcast.ToTeamAsync(s => SummaryRenderer.Render(s, report, sameWeekdayLastWeek), "summary:daily", cancellationToken);

    public async Task<FeedbackDelivery> SendWeeklyFeedbackAsync(OperatorFeedback feedback, CancellationToken cancellationToken)
    {
        if (await _access.UserOfOperatorAsync(feedback.OperatorId, cancellationToken) is not { } userId)
        {
            _logger.LogInformation("Operator {OperatorId} has no linked Telegram account; weekly feedback not sent", feedback.OperatorId);
            return FeedbackDelivery.NotLinked;
        }

        if (await _unreachable.IsUnreachableAsync(userId, cancellationToken))
        {
            _logger.LogInformation("Operator {OperatorId} cannot be reached in Telegram; weekly feedback not sent", feedback.OperatorId);
            return FeedbackDelivery.Unreachable;
        }

        var strings = await _languages.ForChatAsync(userId, cancellationToken, feedback.Language);
        var buttons = await DisputeCallback.ButtonsAsync(strings, feedback, _refs, _time.GetUtcNow(), cancellationToken);
        await _outbox.SendTextAsync(userId, FeedbackRenderer.Render(strings, feedback), buttons, $"feedback:{feedback.OperatorId}", cancellationToken);
        return FeedbackDelivery.Sent;
    }

    public async Task ReportUndeliveredFeedbackAsync(
        DateOnly from, DateOnly to, int operators, IReadOnlyList<string> notLinked, IReadOnlyList<string> unreachable, CancellationToken cancellationToken)
    {
        if (notLinked.Count + unreachable.Count == 0)
        {
            return;
        }

        await _broadcast.ToSupervisorsAsync(s =>
        {
            var reasons = new List<string>();
            if (notLinked.Count > 0)
            {
                reasons.Add(s.Format(s.FeedbackNotLinked, Codes(notLinked)));
            }

            if (unreachable.Count > 0)
            {
                reasons.Add(s.Format(s.FeedbackUnreachable, Codes(unreachable)));
            }

            return s.Format(s.FeedbackNotDelivered, $"{from:yyyy-MM-dd}", $"{to:yyyy-MM-dd}", notLinked.Count + unreachable.Count, operators, string.Join("; ", reasons));
        }, "report:feedback", cancellationToken);
    }

    private static string Codes(IEnumerable<string> operatorIds) => string.Join(", ", operatorIds.Select(Html.Code));

    public async Task SendRudeMessageAlertAsync(Chat chat, ChatMessage message, float pRude, RudenessTier tier, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var flagId = await _flags.AddAsync(new FlaggedMessage(chat.Key, message.Id, "politeness", message.Text ?? string.Empty, chat.Language), now, cancellationToken);
        foreach (var supervisor in _recipients.SupervisorChats())
        {
            var s = await _languages.ForChatAsync(supervisor, cancellationToken);
            var html = s.Format(tier == RudenessTier.Review ? s.ReviewAlert : s.RudeAlert,
                Html.Escape(chat.Group ?? s.NoGroup), ChatReferences.Code(chat.Key),
                Html.Bold(message.Operator?.Name ?? message.Operator?.Id ?? "operator"), Html.Excerpt(message.Text, 1000),
                pRude.ToString("0.00", s.Culture));
            await _outbox.SendTextAsync(supervisor, html, [LabelCallback.Buttons(s, flagId)], tier == RudenessTier.Review ? "alert:review" : "alert:rude", cancellationToken);
        }
    }
}
