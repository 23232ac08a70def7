using System.Runtime.CompilerServices;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Reads stored chats day by day, each day with its own <see cref="KpiContext"/>, so that a day's figures never depend
/// on which period they are reported in. This is what lets a stored day be reused in any period:
/// <list type="bullet">
/// <item>canned by repetition: the operator texts of the chats of the same business day (DESIGN §3 leaves the set of
/// chats open; the day keeps a day's figures stable however long the period is);</item>
/// <item>FCR repeat contacts and the newest data: the chats starting on the day and on the
/// <see cref="KpiCalendar.LookaheadDays"/> days after it, as <see cref="KpiEngine.InputQuery"/> loads for one day.</item>
/// </list>
/// One ordered pass over the store: a day is handed out once the chats of its look-ahead have been read, so at most
/// look-ahead + 1 days of chats are held in memory. Lookahead chats are kept only as the two instants FCR needs.
/// </summary>
public static class BusinessDayChats
{
    public static async IAsyncEnumerable<BusinessDayInput> ReadAsync(
        ITranscriptStore transcripts,
        IChatResultStore results,
        KpiCalendar calendar,
        KpiSettings settings,
        DateOnly first,
        DateOnly last,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        if (first > last)
        {
            yield break;
        }

        var lookahead = calendar.LookaheadDays;
        var own = new Dictionary<DateOnly, List<Chat>>();
        var ahead = new Dictionary<DateOnly, List<Chat>>();
        var next = first;
        var query = new ChatQuery(calendar.StartOf(first), calendar.StartOf(last.AddDays(lookahead + 1)));
        await foreach (var chat in transcripts.QueryAsync(query, cancellationToken))
        {
            if (StartedAt(chat) is not { } started)
            {
                continue;
            }

            // The store returns chats in start order, so once a chat of day X arrives every day before X − look-ahead is complete.
            var day = calendar.DayOf(started);
            while (next <= last && next.AddDays(lookahead) < day)
            {
                yield return await EmitAsync(next);
                next = next.AddDays(1);
            }

            if (day >= first && day <= last)
            {
                ListFor(own, day).Add(chat);
            }

            if (day > first)
            {
                ListFor(ahead, day).Add(ContextOnly(chat));
            }
        }

        while (next <= last)
        {
            yield return await EmitAsync(next);
            next = next.AddDays(1);
        }

        async Task<BusinessDayInput> EmitAsync(DateOnly day)
        {
            var chats = own.Remove(day, out var list) ? list : [];
            ahead.Remove(day);
            var context = KpiContext.Build(
                chats.Concat(Enumerable.Range(1, lookahead).SelectMany(i => ahead.GetValueOrDefault(day.AddDays(i)) ?? [])),
                settings);
            var scored = await results.GetResultsAsync(calendar.StartOf(day), calendar.StartOf(day.AddDays(1)), cancellationToken);
            var input = chats.Select(chat => scored.TryGetValue(chat.Key, out var r)
                ? new KpiChat(chat) { QaScore = r.QaScore, Checks = r.Checks, ToReview = r.Review.Count, SalesIntent = r.SalesIntent }
                : new KpiChat(chat)).ToList();
            return new BusinessDayInput(day, input, context, SettlesAt(chats, settings.Definitions.InactivityTimeout));
        }
    }

    /// <summary>The store's <c>started_at</c>: t0, or the first message of an outbound chat.</summary>
    private static DateTimeOffset? StartedAt(Chat chat)
    {
        DateTimeOffset? first = null, customer = null;
        foreach (var message in chat.Messages)
        {
            first = first is { } f && f <= message.At ? f : message.At;
            if (message.From == Sender.Customer)
            {
                customer = customer is { } c && c <= message.At ? c : message.At;
            }
        }

        return customer ?? first;
    }

    // Of a look-ahead chat the context reads only when its customer started it (repeat contact) and its newest
    // message (newest data); canned texts come from the day's own chats. Keeping two messages keeps memory flat.
    private static Chat ContextOnly(Chat chat)
    {
        var messages = new List<ChatMessage>(2);
        var start = chat.Messages.Where(m => m.From == Sender.Customer).Select(m => (DateTimeOffset?)m.At).Min();
        if (start is { } t0)
        {
            messages.Add(new ChatMessage { Id = "t0", At = t0, From = Sender.Customer });
        }

        messages.Add(new ChatMessage { Id = "newest", At = chat.Messages.Max(m => m.At), From = Sender.System });
        return new Chat { Id = chat.Id, Source = chat.Source, Customer = chat.Customer, Messages = messages };
    }

    private static DateTimeOffset? SettlesAt(List<Chat> chats, TimeSpan inactivityTimeout)
    {
        DateTimeOffset? settles = null;
        foreach (var chat in chats.Where(c => c.EndedAt is null && c.Messages.Count > 0))
        {
            // ChatTimeline: without ended_at a chat has ended once now − last message > the timeout.
            var at = chat.Messages.Max(m => m.At) + inactivityTimeout + TimeSpan.FromTicks(1);
            settles = settles is { } s && s >= at ? s : at;
        }

        return settles;
    }

    private static List<Chat> ListFor(Dictionary<DateOnly, List<Chat>> days, DateOnly day)
    {
        if (!days.TryGetValue(day, out var list))
        {
            days[day] = list = [];
        }

        return list;
    }
}
