using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// When the scheduled jobs run, in the business time zone (<c>Business:TimeZone</c>): <c>Summary:DailyAt</c>,
/// <c>Feedback:WeeklyAt</c> (Mondays), <c>Jobs:RetrainAt</c>, <c>Jobs:PurgeAt</c>.
/// </summary>
public sealed class ScheduleOptions
{
    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "must be HH:mm (24-hour), e.g. 09:00")]
    public string DailyAt { get; set; } = "09:00";

    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "must be HH:mm (24-hour), e.g. 09:00")]
    public string WeeklyAt { get; set; } = "09:30";

    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "must be HH:mm (24-hour), e.g. 03:00")]
    public string RetrainAt { get; set; } = "03:00";

    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "must be HH:mm (24-hour), e.g. 04:00")]
    public string PurgeAt { get; set; } = "04:00";

    /// <summary>Hangfire cron for a daily HH:mm.</summary>
    public static string DailyCron(string hhmm) => $"{int.Parse(hhmm[3..], System.Globalization.CultureInfo.InvariantCulture)} {int.Parse(hhmm[..2], System.Globalization.CultureInfo.InvariantCulture)} * * *";

    /// <summary>Hangfire cron for Mondays at HH:mm.</summary>
    public static string MondayCron(string hhmm) => DailyCron(hhmm)[..^1] + "1";
}
