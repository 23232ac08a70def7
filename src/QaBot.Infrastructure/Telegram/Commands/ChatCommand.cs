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
        var view = await ViewAsync(chat, context.Args[0], context.User, s, context.Now, context.Zone, cancellationToken);
        if (view.Private)
        {
            await context.ReplyPrivatelyAsync(view.Html, view.Buttons, cancellationToken);
            return;
        }

        await context.ReplyAsync(view.Html, view.Buttons, cancellationToken);
    }

    /// <summary>
    /// What <paramref name="user"/> may see of <paramref name="chat"/> (null: not found): staff the transcript with label
    /// buttons; an operator only a chat they wrote in, in private; anyone else's chat is refused like a missing one.
    /// </summary>
    public async Task<ChatView> ViewAsync(Chat? chat, string reference, Access.BotUser user, BotStrings s, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var ownOperator = user.IsStaff ? null : user.OperatorId;
        if (!user.IsStaff && (ownOperator is null || !WroteIn(chat, ownOperator)))
        {
            return new ChatView(ownOperator is null ? s.NotLinked : s.Format(s.ChatNotYours, Html.Code(reference)), null, false);
        }

        if (chat is null)
        {
            return new ChatView(s.Format(s.ChatNotFound, Html.Code(reference)), null, false);
        }

        var results = _reports.OptionalResults;
        var result = results is null ? null : await results.GetResultAsync(chat.Key, cancellationToken);
        var timeline = ChatTimeline.For(chat, now, _reports.Definitions);
        var html = ChatRenderer.Render(s, chat, timeline, result, now, zone, ownOperator);
        return ownOperator is not null
            ? new ChatView(html, null, true)
            : new ChatView(html, await FlagButtonsAsync(s, chat, result, now, zone, cancellationToken), false);
    }

    /// <summary>An operator's own chat: one they wrote in (the only chats an operator may open or dispute).</summary>
    public static bool WroteIn(Chat? chat, string operatorId) =>
        chat is not null && chat.Messages.Any(m => m.From == Sender.Operator && m.Operator?.Id == operatorId);

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

/// <summary>A chat as one user may see it; <see cref="Private"/> answers go to the user's private chat.</summary>
public sealed record ChatView(string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons, bool Private);
