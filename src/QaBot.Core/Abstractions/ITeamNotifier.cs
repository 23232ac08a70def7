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
    /// <summary>
    /// The daily summary of one day, to subscribed chats and <c>Alerts:ChatIds</c>, with its trend against the day
    /// before (in <paramref name="report"/>) and against the same weekday a week earlier (<paramref name="sameWeekdayLastWeek"/>).
    /// </summary>
    Task SendDailySummaryAsync(KpiReport report, KpiReport? sameWeekdayLastWeek, CancellationToken cancellationToken);

    /// <summary>Weekly feedback to the linked operator, or why it could not go (not linked, Telegram refuses delivery).</summary>
    Task<FeedbackDelivery> SendWeeklyFeedbackAsync(OperatorFeedback feedback, CancellationToken cancellationToken);

    /// <summary>
    /// Once per weekly run, to supervisors: the operators whose feedback did not go out and why, so that nobody is
    /// only logged. Nothing is sent when every operator got theirs.
    /// </summary>
    Task ReportUndeliveredFeedbackAsync(DateOnly from, DateOnly to, int operators, IReadOnlyList<string> notLinked, IReadOnlyList<string> unreachable, CancellationToken cancellationToken);

    /// <summary>
    /// A message in the <c>rude</c> or <c>review</c> tier, to supervisors, with "not a problem" / "confirmed" buttons
    /// whose answers feed the retraining.
    /// </summary>
    Task SendRudeMessageAlertAsync(Chat chat, ChatMessage message, float pRude, RudenessTier tier, CancellationToken cancellationToken);
}

/// <summary>What became of one operator's weekly feedback.</summary>
public enum FeedbackDelivery
{
    Sent,

    /// <summary>No Telegram account is linked to the operator id.</summary>
    NotLinked,

    /// <summary>Telegram refused delivery earlier (never started the bot, blocked it).</summary>
    Unreachable,
}
