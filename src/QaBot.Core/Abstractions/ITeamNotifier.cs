using QaBot.Core.Checks;
using QaBot.Core.Feedback;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>
/// What the jobs and the scoring pipeline tell people (DESIGN §6). The Telegram adapter renders and delivers through its
/// outbox; without a bot token the console adapter prints the same messages.
/// </summary>
public interface ITeamNotifier
{
    /// <summary>The daily summary, to subscribed chats and <c>Alerts:ChatIds</c>.</summary>
    Task SendDailySummaryAsync(KpiReport report, CancellationToken cancellationToken);

    /// <summary>Weekly feedback to the linked operator; false when the operator cannot be reached (not linked, never started the bot).</summary>
    Task<bool> SendWeeklyFeedbackAsync(OperatorFeedback feedback, CancellationToken cancellationToken);

    /// <summary>
    /// A message in the <c>rude</c> or <c>review</c> tier, to supervisors, with "not a problem" / "confirmed" buttons
    /// whose answers feed the retraining.
    /// </summary>
    Task SendRudeMessageAlertAsync(Chat chat, ChatMessage message, float pRude, RudenessTier tier, CancellationToken cancellationToken);
}
