using System.Globalization;
using QaBot.Core.Definitions;
using QaBot.Core.Feedback;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// "⚖️ n" under an operator's weekly feedback (issue 11, capability 6): the operator disputes the n-th cited failure.
/// Only the operator who wrote in the chat may; the dispute is stored once and the supervisors get the chat (the
/// operator's messages marked) with "accept / reject" (<see cref="DisputeDecisionCallback"/>). Data "dp|ref|check".
/// </summary>
public sealed class DisputeCallback : ICallbackHandler
{
    public const string CallbackPrefix = "dp";

    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;
    private readonly DisputeStore _disputes;
    private readonly LocalizedBroadcast _broadcast;

    public DisputeCallback(TeamReports reports, ChatRefStore refs, DisputeStore disputes, LocalizedBroadcast broadcast)
    {
        _reports = reports;
        _refs = refs;
        _disputes = disputes;
        _broadcast = broadcast;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    /// <summary>For each cited failure n: "💬 n" (open the example chat) and "⚖️ n" (dispute it), one row each.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<InlineButton>>?> ButtonsAsync(
        BotStrings s, OperatorFeedback feedback, ChatRefStore refs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(refs);
        var rows = new List<IReadOnlyList<InlineButton>>();
        for (var i = 0; i < feedback.FailedChecks.Count; i++)
        {
            var failed = feedback.FailedChecks[i];
            var id = (await refs.AddAsync(failed.ExampleChat, now, cancellationToken)).ToString(CultureInfo.InvariantCulture);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var row = new List<InlineButton> { new($"💬 {number}", CallbackData.Build(ChatViewCallback.CallbackPrefix, "r", id)) };
            if (CallbackData.Fits(CallbackPrefix, id, failed.Check))
            {
                row.Add(new InlineButton(s.Format(s.ButtonDispute, number), CallbackData.Build(CallbackPrefix, id, failed.Check)));
            }

            rows.Add(row);
        }

        return rows.Count == 0 ? null : rows;
    }

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts is not [_, var refText, var check]
            || !long.TryParse(refText, NumberStyles.None, CultureInfo.InvariantCulture, out var refId)
            || await _refs.GetAsync(refId, cancellationToken) is not { } key)
        {
            return s.StaleButton;
        }

        var reference = Html.Code(ChatReferences.Text(key));
        var operatorId = context.User.OperatorId;
        var chat = await _reports.Store.GetAsync(key, cancellationToken);
        if (operatorId is null || chat is null || !ChatCommand.WroteIn(chat, operatorId))
        {
            return Html.ToPlainText(operatorId is null ? s.NotLinked : s.Format(s.ChatNotYours, reference));
        }

        var (dispute, created) = await _disputes.OpenAsync(key, check, operatorId, context.User.UserId, context.Now, cancellationToken);
        if (!created)
        {
            return Html.ToPlainText(dispute.State == DisputeState.Pending
                ? s.Format(s.DisputeAlreadyOpen, Html.Escape(s.CheckName(check)), reference)
                : s.Format(s.DisputeAlreadyDecided, Html.Escape(s.CheckName(check)), reference, Html.Escape(dispute.DecidedBy)));
        }

        var result = _reports.OptionalResults is { } results ? await results.GetResultAsync(key, cancellationToken) : null;
        var timeline = ChatTimeline.For(chat, context.Now, _reports.Definitions);
        var name = chat.Messages.LastOrDefault(m => m.Operator?.Id == operatorId)?.Operator?.Name ?? operatorId;
        var id = dispute.Id.ToString(CultureInfo.InvariantCulture);
        await _broadcast.ToSupervisorsAsync(t => (
            t.Format(t.DisputeRequest, Html.Bold(name), Html.Escape(t.CheckName(check)), Html.Code(ChatReferences.Text(key))) + "\n\n"
                + ChatRenderer.Render(t, chat, timeline, result, context.Now, context.Zone, operatorId),
            [[new InlineButton(t.ButtonAccept, CallbackData.Build(DisputeDecisionCallback.CallbackPrefix, id, "a")),
              new InlineButton(t.ButtonReject, CallbackData.Build(DisputeDecisionCallback.CallbackPrefix, id, "r"))]]),
            "dispute", cancellationToken);
        await context.ReplyAsync(s.Format(s.DisputeSent, Html.Escape(s.CheckName(check)), reference), cancellationToken: cancellationToken);
        return null;
    }
}
