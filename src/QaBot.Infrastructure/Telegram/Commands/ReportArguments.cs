using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>What a report command was asked for: a period and a group, or the reply that says what is wrong.</summary>
public sealed record ReportRequest(ReportPeriod Period, string? Group, string? Error);

/// <summary>
/// Reads "[period] [group]" in any order (/stats 7d sales, /stats sales 7d, /stats прошлая неделя): a period or one of
/// its aliases (one or two words), and a group matched case-insensitively against the groups of the stored chats
/// (several words when the group has them). Anything else is answered with a short error that names the word (at
/// most <see cref="EchoMaxChars"/> characters of it) and the valid choices; a range that ends before it starts or is
/// too long gets its own message. Never guesses: an unknown word is never taken as a group.
/// </summary>
public static class ReportArguments
{
    public const int EchoMaxChars = 64;

    public static async Task<ReportRequest> ParseAsync(CommandContext context, string defaultPeriod, ITranscriptStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var words = context.Args;
        PeriodParser.TryParse(defaultPeriod, context.Now, context.Zone, out var period);
        bool periodGiven = false;
        string? group = null;
        IReadOnlyList<string>? groups = null;
        for (var i = 0; i < words.Count;)
        {
            // "прошлая неделя", "last week": an alias written as two words.
            var width = i + 1 < words.Count && PeriodParser.TryParse(words[i] + words[i + 1], context.Now, context.Zone, out var two) ? 2
                : PeriodParser.TryParse(words[i], context.Now, context.Zone, out two) ? 1 : 0;
            if (width > 0)
            {
                if (periodGiven)
                {
                    return Error(context, period, context.Strings.ArgumentTwice, words[i]);
                }

                (period, periodGiven, i) = (two, true, i + width);
                continue;
            }

            if (PeriodParser.Problem(words[i]) is { } problem)
            {
                return Error(context, period, problem == PeriodProblem.Reversed ? context.Strings.PeriodReversed : context.Strings.PeriodTooLong, words[i]);
            }

            groups ??= await store.GroupsAsync(cancellationToken);
            var (known, next) = MatchGroup(words, i, groups);
            if (known is null)
            {
                var choices = groups.Count == 0 ? context.Strings.NoGroupsYet : string.Join(", ", groups.Take(20).Select(g => Html.Escape(Echo(g))));
                return new ReportRequest(period, null, context.Strings.Format(context.Strings.ArgumentUnknown, Html.Escape(Echo(words[i])), choices));
            }

            if (group is not null)
            {
                return Error(context, period, context.Strings.ArgumentTwice, words[i]);
            }

            (group, i) = (known, next);
        }

        return new ReportRequest(period, group, null);
    }

    // The longest run of words from start that spells a known group ("Sales EU" for the group "sales eu").
    private static (string? Group, int Next) MatchGroup(IReadOnlyList<string> words, int start, IReadOnlyList<string> groups)
    {
        for (var end = words.Count; end > start; end--)
        {
            var candidate = string.Join(' ', words.Skip(start).Take(end - start));
            if (groups.FirstOrDefault(g => string.Equals(g, candidate, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                return (known, end);
            }
        }

        return (null, start);
    }

    private static ReportRequest Error(CommandContext context, ReportPeriod period, string format, string word) =>
        new(period, null, context.Strings.Format(format, Html.Escape(Echo(word))));

    /// <summary>At most <see cref="EchoMaxChars"/> characters of what a user wrote, for a reply that quotes it back.</summary>
    public static string Echo(string word) => word.Length <= EchoMaxChars ? word : string.Concat(word.AsSpan(0, EchoMaxChars), "…");
}
