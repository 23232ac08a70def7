using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Telegram.Options;

/// <summary>The <c>Alerts</c> config section (DESIGN §6): missed-chat and queue alerts.</summary>
public sealed class AlertOptions : IValidatableObject
{
    public const string SectionName = "Alerts";

    /// <summary>False turns the missed-chat watcher (and queue alerts) off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A live chat unanswered this long is alerted.</summary>
    [Range(1, 86400)]
    public int AfterSeconds { get; set; } = 60;

    /// <summary>Per-channel override: <c>Alerts:Channels:email:AfterSeconds</c>.</summary>
    public Dictionary<string, ChannelAlertOptions> Channels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Chats (groups or people) that always get alerts and summaries, beside those that /subscribe.</summary>
    public List<long> ChatIds { get; set; } = [];

    /// <summary>A queue alert fires when this many chats are waiting at once.</summary>
    [Range(1, 100000)]
    public int QueueThreshold { get; set; } = 10;

    /// <summary>At most one queue alert of each kind per this many minutes.</summary>
    [Range(1, 1440)]
    public int QueueCooldownMinutes { get; set; } = 15;

    /// <summary>The last-15-minutes service level is judged only over at least this many answered + missed chats.</summary>
    [Range(1, 100000)]
    public int QueueMinChats { get; set; } = 5;

    /// <summary>How often the watcher looks at live chats.</summary>
    [Range(50, 10000)]
    public int TickMilliseconds { get; set; } = 250;

    /// <summary>Chats crossing the threshold within this many seconds of an alert join that alert's message.</summary>
    [Range(0, 60)]
    public int BurstSeconds { get; set; } = 2;

    /// <summary>
    /// Rude-message alerts go to supervisors only for messages written within this many minutes: importing last month's
    /// chats flags their rude messages (for /worst and the weekly feedback) without flooding anyone's Telegram.
    /// 0 alerts every newly flagged message, whatever its age.
    /// </summary>
    [Range(0, 10080)]
    public int RudeMaxAgeMinutes { get; set; } = 60;

    /// <summary>False posts only the missed-chat alert at 100 %, no warnings before it.</summary>
    public bool Warnings { get; set; } = true;

    /// <summary>
    /// A live chat unanswered for these percentages of its threshold is posted to the team chats as a warning (with "I'll
    /// take it" and "Remind"); at 100 % the same message becomes the missed-chat alert. Ascending, each 1–99; empty means
    /// the default 50 and 80 (the binder adds configured items to a pre-filled array, so the default lives in <see cref="Levels"/>).
    /// </summary>
    public int[] WarnAtPercent { get; set; } = [];

    private static readonly int[] DefaultWarnAtPercent = [50, 80];

    /// <summary>A chat still unanswered this many seconds after its customer wrote goes to the supervisors in private, once; 0 = never.</summary>
    [Range(0, 86400)]
    public int EscalateAfterSeconds { get; set; }

    /// <summary>The warning levels in use, ascending, then 100 (the missed-chat alert).</summary>
    public IReadOnlyList<int> Levels() =>
        Warnings ? [.. (WarnAtPercent.Length == 0 ? DefaultWarnAtPercent : WarnAtPercent).Where(p => p is >= 1 and <= 99).Distinct().Order(), 100] : [100];

    /// <summary>The highest level a chat has reached after waiting <paramref name="waited"/>; 0 before the first.</summary>
    public int LevelOf(TimeSpan waited, string channel)
    {
        var after = AfterFor(channel);
        return Levels().LastOrDefault(level => waited.Ticks * 100 >= after.Ticks * level);
    }

    public TimeSpan AfterFor(string channel) =>
        TimeSpan.FromSeconds(Channels.TryGetValue(channel, out var c) && c.AfterSeconds is { } s ? s : AfterSeconds);

    public TimeSpan LongestAfter() =>
        TimeSpan.FromSeconds(Channels.Values.Select(c => c.AfterSeconds ?? 0).Append(AfterSeconds).Max());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ChatIds.Count; i++)
        {
            if (ChatIds[i] == 0)
            {
                yield return new ValidationResult("must be a Telegram chat id (a person's id, or a group's negative id)", [$"{nameof(ChatIds)}:{i}"]);
            }
        }

        for (var i = 0; i < WarnAtPercent.Length; i++)
        {
            if (WarnAtPercent[i] is < 1 or > 99 || (i > 0 && WarnAtPercent[i] <= WarnAtPercent[i - 1]))
            {
                yield return new ValidationResult("must be ascending percentages between 1 and 99 (100 is the alert itself)", [$"{nameof(WarnAtPercent)}:{i}"]);
            }
        }

        foreach (var (channel, options) in Channels)
        {
            if (options.AfterSeconds is < 1 or > 86400)
            {
                yield return new ValidationResult("must be between 1 and 86400", [$"{nameof(Channels)}:{channel}:{nameof(ChannelAlertOptions.AfterSeconds)}"]);
            }
        }
    }
}
