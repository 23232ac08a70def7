using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/link &lt;code&gt;: an operator links their Telegram account with a one-time code from a supervisor.</summary>
public sealed class LinkCommand : IBotCommand
{
    private readonly OperatorLinkStore _links;
    private readonly BotCommandMenus _menus;

    public LinkCommand(OperatorLinkStore links, BotCommandMenus menus)
    {
        _links = links;
        _menus = menus;
    }

    public string Name => "link";

    public CommandAudience Audience => CommandAudience.Everyone;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Args.Count != 1 || !context.IsPrivateChat)
        {
            await context.ReplyAsync(s.UsageLink, cancellationToken: cancellationToken);
            return;
        }

        var operatorId = await _links.RedeemAsync(LinkCodes.Hash(context.Args[0]), context.User.UserId, context.Now, cancellationToken);
        if (operatorId is null)
        {
            await context.ReplyAsync(s.LinkInvalid, cancellationToken: cancellationToken);
            return;
        }

        await context.ReplyAsync(s.Format(s.Linked, Html.Code(operatorId)), cancellationToken: cancellationToken);
        var role = context.User.Role == BotRole.Stranger ? BotRole.Operator : context.User.Role;
        await _menus.SetForUserAsync(context.User with { Role = role, OperatorId = operatorId }, cancellationToken);
    }
}
