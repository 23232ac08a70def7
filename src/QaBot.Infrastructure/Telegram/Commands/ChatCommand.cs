using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /chat &lt;id&gt; (or source/id): the transcript with its QA result; messages scored rude get "not a problem" /
/// "confirmed" buttons that store a supervisor label. An operator opens only chats they wrote in (their own messages
/// marked, no label buttons), answered in private; any other chat is refused the same way whether it exists or not.
/// </summary>
public sealed class ChatCommand : IBotCommand
{
    private const int MaxFlagButtons = 3;
    private static readonly TimeSpan SearchBack = TimeSpan.FromDays(30);

    private readonly TeamReports _reports;
    private readonly FlagStore _flags;

    public ChatCommand(TeamReports reports, FlagStore flags)
    {
        _reports = reports;
        _flags = flags;
    }

    public string Name => "chat";

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Args.Count != 1)
        {
            await context.ReplyAsync(s.UsageChat, cancellationToken: cancellationToken);
            return;
        }

        var chat = await FindAsync(context.Args[0], context.Now, cancellationToken);
        var ownOperator = context.User.IsStaff ? null : context.User.OperatorId;
        if (!context.User.IsStaff && (ownOperator is null || chat is null || !chat.Messages.Any(m => m.From == Sender.Operator && m.Operator?.Id == ownOperator)))
        {
            await context.ReplyAsync(ownOperator is null ? s.NotLinked : s.Format(s.ChatNotYours, Html.Code(context.Args[0])), cancellationToken: cancellationToken);
            return;
        }

        if (chat is null)
        {
            await context.ReplyAsync(s.Format(s.ChatNotFound, Html.Code(context.Args[0])), cancellationToken: cancellationToken);
            return;
        }

        var results = _reports.OptionalResults;
        var result = results is null ? null : await results.GetResultAsync(chat.Key, cancellationToken);
        var timeline = ChatTimeline.For(chat, context.Now, _reports.Definitions);
        var html = ChatRenderer.Render(s, chat, timeline, result, context.Now, context.Zone, ownOperator);
        if (ownOperator is not null)
        {
            await context.ReplyPrivatelyAsync(html, cancellationToken: cancellationToken);
            return;
        }

        await context.ReplyAsync(html, await FlagButtonsAsync(s, chat, result, context.Now, context.Zone, cancellationToken), cancellationToken);
    }

    private async Task<Chat?> FindAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return await _reports.Store.GetAsync(new ChatKey(reference[..slash], reference[(slash + 1)..]), cancellationToken);
        }

        if (await _reports.Store.GetAsync(new ChatKey(Chat.DefaultSource, reference), cancellationToken) is { } chat)
        {
            return chat;
        }

        // Without a source, the newest chat of that id in the last month, whatever its source.
        Chat? found = null;
        await foreach (var candidate in _reports.Store.QueryAsync(new Core.Abstractions.ChatQuery(now - SearchBack, now.AddDays(1)), cancellationToken))
        {
            if (candidate.Id == reference)
            {
                found = candidate;
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<IReadOnlyList<InlineButton>>?> FlagButtonsAsync(BotStrings s, Chat chat, ChatResult? result, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (result is null || !result.Evidence.TryGetValue("politeness", out var ids) || result.Checks.GetValueOrDefault("politeness") != "fail")
        {
            return null;
        }

        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var message in chat.Messages.Where(m => ids.Contains(m.Id) && m.Text is not null).Take(MaxFlagButtons))
        {
            var flagId = await _flags.AddAsync(new FlaggedMessage(chat.Key, message.Id, "politeness", message.Text!, chat.Language), now, cancellationToken);
            rows.Add(LabelCallback.Buttons(s, flagId, BotFormat.Time(message.At, zone)));
        }

        return rows.Count == 0 ? null : rows;
    }
}
