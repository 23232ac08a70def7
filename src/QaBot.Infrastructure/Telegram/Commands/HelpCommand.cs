using System.Text;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/help (and /start): what this user may ask, by role; strangers get the short refusal only.</summary>
public sealed class HelpCommand : IBotCommand
{
    private readonly BotCommandMenus _menus;

    public HelpCommand(BotCommandMenus menus)
    {
        _menus = menus;
    }

    public string Name => "help";

    public CommandAudience Audience => CommandAudience.Everyone;

    public static string Render(BotStrings s, BotRole role)
    {
        var text = new StringBuilder(Html.Escape(s.HelpTitle)).Append('\n');
        foreach (var command in BotCommandMenus.For(role))
        {
            text.Append('/').Append(command).Append(" — ").Append(Html.Escape(s.Describe(command))).Append('\n');
        }

        if (role != BotRole.Stranger)
        {
            text.Append('\n').Append(Html.Italic(s.PeriodHelp));
        }

        return text.ToString();
    }

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.User.Role == BotRole.Stranger)
        {
            await context.ReplyAsync(s.Format(s.Refusal, context.User.UserId), cancellationToken: cancellationToken);
            return;
        }

        var intro = context.Command == "start" ? s.Format(s.Welcome, Html.Escape(context.UserName)) + "\n\n" : string.Empty;
        await context.ReplyAsync(intro + Render(s, context.User.Role), cancellationToken: cancellationToken);
        if (context.Command == "start" && context.IsPrivateChat)
        {
            await _menus.SetForUserAsync(context.User, cancellationToken);
        }
    }
}
