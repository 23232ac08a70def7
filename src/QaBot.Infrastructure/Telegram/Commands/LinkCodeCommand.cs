using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/linkcode &lt;operator id&gt;: an admin or supervisor makes a one-time code for an operator to /link with.</summary>
public sealed class LinkCodeCommand : IBotCommand
{
    private readonly OperatorLinkStore _links;
    private readonly AccessOptions _access;
    private readonly ITranscriptStore _store;

    public LinkCodeCommand(OperatorLinkStore links, IOptions<AccessOptions> access, ITranscriptStore store)
    {
        _links = links;
        _access = access.Value;
        _store = store;
    }

    public string Name => "linkcode";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Args.Count != 1)
        {
            await context.ReplyAsync(s.UsageLinkCode, cancellationToken: cancellationToken);
            return;
        }

        var operatorId = context.Args[0];
        // A code for an id no transcript and no configuration knows would link someone to nothing.
        if (!_access.Operators.ContainsValue(operatorId) && !await _store.HasOperatorAsync(operatorId, cancellationToken))
        {
            await context.ReplyAsync(s.Format(s.UnknownOperatorId, Html.Code(ReportArguments.Echo(operatorId))), cancellationToken: cancellationToken);
            return;
        }

        var code = LinkCodes.NewCode();
        await _links.AddCodeAsync(LinkCodes.Hash(code), operatorId, context.User.UserId, context.Now.AddHours(_access.LinkCodeHours), cancellationToken);
        await context.ReplyAsync(s.Format(s.LinkCodeCreated, Html.Code(operatorId), _access.LinkCodeHours, code), cancellationToken: cancellationToken);
    }
}
