using System.Globalization;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// "accept / reject" under a dispute ("dd|id|a" or "dd|id|r"): the first supervisor to decide wins; the decision is
/// stored as a label on the check's evidence (accepted = not a failure, which politeness retraining learns from), shown
/// on the supervisor's message and told to the operator in their language.
/// </summary>
public sealed class DisputeDecisionCallback : ICallbackHandler
{
    public const string CallbackPrefix = "dd";

    private readonly DisputeStore _disputes;
    private readonly TeamReports _reports;
    private readonly RecipientLanguages _languages;
    private readonly TelegramOutbox _outbox;

    public DisputeDecisionCallback(DisputeStore disputes, TeamReports reports, RecipientLanguages languages, TelegramOutbox outbox)
    {
        _disputes = disputes;
        _reports = reports;
        _languages = languages;
        _outbox = outbox;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts is not [_, var idText, "a" or "r"]
            || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await _disputes.GetAsync(id, cancellationToken) is not { } dispute)
        {
            return s.StaleButton;
        }

        var accepted = context.Parts[2] == "a";
        if (!await _disputes.DecideAsync(id, accepted, context.User.UserId, context.UserName, context.Now, cancellationToken))
        {
            var decided = await _disputes.GetAsync(id, cancellationToken);
            return Html.ToPlainText(s.Format(s.DisputeDecidedBefore, Html.Escape(decided?.DecidedBy ?? "?")));
        }

        await SaveLabelsAsync(dispute, accepted, context, cancellationToken);
        var verdict = s.Format(accepted ? s.DisputeAcceptedBy : s.DisputeRejectedBy, Html.Escape(context.UserName));
        await context.EditAsync($"{context.MessageHtml}\n\n{verdict}", cancellationToken: cancellationToken);
        var o = await _languages.ForChatAsync(dispute.OperatorUser, cancellationToken);
        await _outbox.SendTextAsync(dispute.OperatorUser,
            o.Format(accepted ? o.DisputeOutcomeAccepted : o.DisputeOutcomeRejected, Html.Escape(context.UserName), Html.Escape(o.CheckName(dispute.Check)), ChatReferences.Code(dispute.Chat)),
            purpose: "dispute:outcome", cancellationToken: cancellationToken);
        return Html.ToPlainText(s.LabelSaved);
    }

    // Confirmed = the failure stands; one label per evidence message of the check (none: one label on the chat).
    private async Task SaveLabelsAsync(Dispute dispute, bool accepted, CallbackContext context, CancellationToken cancellationToken)
    {
        var chat = await _reports.Store.GetAsync(dispute.Chat, cancellationToken);
        var result = _reports.OptionalResults is { } results ? await results.GetResultAsync(dispute.Chat, cancellationToken) : null;
        IReadOnlyList<string> evidence = result?.Evidence.GetValueOrDefault(dispute.Check) is { Count: > 0 } ids ? ids : [string.Empty];
        foreach (var messageId in evidence)
        {
            var text = chat?.Messages.FirstOrDefault(m => m.Id == messageId)?.Text ?? string.Empty;
            await _reports.Labels.SaveLabelAsync(
                new SupervisorLabel(dispute.Chat, messageId, dispute.Check, !accepted, text, chat?.Language, context.User.UserId, context.Now), cancellationToken);
        }
    }
}
