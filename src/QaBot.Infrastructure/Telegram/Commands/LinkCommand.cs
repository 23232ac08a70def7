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
    private readonly AccessControl _access;

    public LinkCommand(OperatorLinkStore links, BotCommandMenus menus, AccessControl access)
    {
        _links = links;
        _menus = menus;
        _access = access;
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

        var hash = LinkCodes.Hash(context.Args[0]);
        if (await _links.PeekAsync(hash, context.Now, cancellationToken) is not { } offered)
        {
            await context.ReplyAsync(s.LinkInvalid, cancellationToken: cancellationToken);
            return;
        }

        // The configuration wins over a link: refuse (and keep the code) rather than confirm a link that does nothing.
        switch (_access.LinkConflict(context.User.UserId, offered))
        {
            case ({ } configuredAs, _):
                await context.ReplyAsync(s.Format(s.LinkOverriddenForUser, Html.Code(configuredAs), Html.Code(offered)), cancellationToken: cancellationToken);
                return;
            case (_, not null):
                await context.ReplyAsync(s.Format(s.LinkOverriddenForOperator, Html.Code(offered)), cancellationToken: cancellationToken);
                return;
        }

        var operatorId = await _links.RedeemAsync(hash, context.User.UserId, context.Now, cancellationToken);
        var linked = await _access.IdentifyAsync(context.User.UserId, cancellationToken);
        if (operatorId is null || linked.OperatorId != operatorId)
        {
            await context.ReplyAsync(s.LinkInvalid, cancellationToken: cancellationToken);
            return;
        }

        await context.ReplyAsync(s.Format(s.Linked, Html.Code(operatorId)), cancellationToken: cancellationToken);
        await _menus.SetForUserAsync(linked, cancellationToken);
    }
}
