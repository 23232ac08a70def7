using System.ComponentModel.DataAnnotations;
using QaBot.Core.Definitions;

namespace QaBot.Infrastructure.Options;

/// <summary>
/// The <c>Business</c> section: the time zone days, hours and schedules are counted in (DESIGN §3), and the business
/// hours and holidays <c>Sla:BusinessHoursOnly</c> counts waits in (DESIGN §6).
/// </summary>
public sealed class BusinessOptions : IValidatableObject
{
    public const string SectionName = "Business";

    /// <summary>IANA time zone id, e.g. Europe/Moscow; daylight saving is handled.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "UTC";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public TimeZoneInfo ResolveTimeZone() => Zone;

    /// <summary>
    /// <c>Business:Hours:&lt;group or *&gt;:&lt;channel or *&gt;</c> = <c>"mon-fri 09:00-18:00; sat 10:00-16:00"</c>. The most
    /// specific entry wins (group and channel, group, channel, <c>*:*</c>); a chat no entry covers is always open.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>Business:Holidays</c>: dates (<c>2026-01-01</c>) or ranges (<c>2026-01-01..2026-01-08</c>) closed all day.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>The configured hours on the business clock (throws <see cref="FormatException"/> on a bad entry; validation names it first).</summary>
    public BusinessHours BuildHours() => new(
        Hours.SelectMany(g => g.Value.Select(c => KeyValuePair.Create((g.Key, c.Key), WeeklySchedule.Parse(c.Value)))),
        BusinessHours.ParseHolidays(Holidays),
        Zone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known IANA time zone id (e.g. Europe/Moscow, UTC)", [nameof(TimeZone)]);
        }

        foreach (var (group, channels) in Hours)
        {
            foreach (var (channel, schedule) in channels)
            {
                if (Problem(() => WeeklySchedule.Parse(schedule)) is { } problem)
                {
                    yield return new ValidationResult(problem, [$"{nameof(Hours)}:{group}:{channel}"]);
                }
            }
        }

        for (var i = 0; i < Holidays.Count; i++)
        {
            if (Problem(() => _ = BusinessHours.ParseHolidays([Holidays[i]]).Count()) is { } problem)
            {
                yield return new ValidationResult(problem, [$"{nameof(Holidays)}:{i}"]);
            }
        }
    }

    private static string? Problem(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
