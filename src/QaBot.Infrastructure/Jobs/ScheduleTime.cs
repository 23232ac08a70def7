using System.Globalization;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// A daily time of day <c>HH:mm</c> in the business time zone (<c>Business:TimeZone</c>), as the schedule keys
/// (<c>Summary:DailyAt</c>, <c>Feedback:WeeklyAt</c>, <c>Jobs:RetrainAt</c>, <c>Jobs:PurgeAt</c>) hold it.
/// </summary>
public static class ScheduleTime
{
    public const string Pattern = @"^([01]\d|2[0-3]):[0-5]\d$";

    public const string Message = "must be HH:mm (24-hour), e.g. 09:00";

    /// <summary>Hangfire cron for a daily HH:mm.</summary>
    public static string DailyCron(string hhmm) => $"{int.Parse(hhmm[3..], CultureInfo.InvariantCulture)} {int.Parse(hhmm[..2], CultureInfo.InvariantCulture)} * * *";

    /// <summary>Hangfire cron for Mondays at HH:mm.</summary>
    public static string MondayCron(string hhmm) => DailyCron(hhmm)[..^1] + "1";
}
