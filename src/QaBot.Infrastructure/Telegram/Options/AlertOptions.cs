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

        foreach (var (channel, options) in Channels)
        {
            if (options.AfterSeconds is < 1 or > 86400)
            {
                yield return new ValidationResult("must be between 1 and 86400", [$"{nameof(Channels)}:{channel}:{nameof(ChannelAlertOptions.AfterSeconds)}"]);
            }
        }
    }
}
