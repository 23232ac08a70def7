using System.Globalization;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Buttons "lb|flag id|0 or 1" under a flagged message: "not a problem" (0) or "confirmed" (1). The verdict is stored
/// through <see cref="ILabelStore"/> for the retraining job (DESIGN §6), and the message shows who decided.
/// </summary>
public sealed class LabelCallback : ICallbackHandler
{
    public const string CallbackPrefix = "lb";

    private readonly FlagStore _flags;
    private readonly TeamReports _reports;

    public LabelCallback(FlagStore flags, TeamReports reports)
    {
        _flags = flags;
        _reports = reports;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public static IReadOnlyList<InlineButton> Buttons(BotStrings s, long flagId, string? suffix = null)
    {
        var id = flagId.ToString(CultureInfo.InvariantCulture);
        var tail = suffix is null ? string.Empty : $" ({suffix})";
        return
        [
            new InlineButton(s.ButtonNotAProblem + tail, CallbackData.Build(CallbackPrefix, id, "0")),
            new InlineButton(s.ButtonConfirmed + tail, CallbackData.Build(CallbackPrefix, id, "1")),
        ];
    }

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts.Count < 3
            || !long.TryParse(context.Parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var flagId)
            || context.Parts[2] is not ("0" or "1")
            || await _flags.GetAsync(flagId, cancellationToken) is not { } flag)
        {
            return s.StaleButton;
        }

        var confirmed = context.Parts[2] == "1";
        await _reports.Labels.SaveLabelAsync(
            new SupervisorLabel(flag.Chat, flag.MessageId, flag.Check, confirmed, flag.Text, flag.Language, context.User.UserId, context.Now),
            cancellationToken);
        var verdict = s.Format(confirmed ? s.LabelledConfirmed : s.LabelledNotAProblem, Html.Escape(context.UserName));
        await context.EditAsync($"{context.MessageHtml}\n\n{verdict}", cancellationToken: cancellationToken);
        return Html.ToPlainText(s.LabelSaved);
    }
}
