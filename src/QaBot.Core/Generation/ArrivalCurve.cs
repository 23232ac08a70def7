namespace QaBot.Core.Generation;

/// <summary>
/// When chats arrive: an hourly curve in the business time zone (quiet nights, peaks 10–13 and 15–18) and lighter
/// weekends, with day-to-day noise like a Poisson count.
/// </summary>
internal static class ArrivalCurve
{
    /// <summary>Relative arrivals per local hour 0–23.</summary>
    public static IReadOnlyList<double> HourWeights { get; } =
    [
        0.20, 0.12, 0.08, 0.06, 0.06, 0.10, 0.25, 0.55, 0.95, 1.40, 1.90, 2.10,
        2.05, 1.60, 1.55, 1.95, 2.05, 1.90, 1.50, 1.15, 0.95, 0.75, 0.50, 0.32,
    ];

    public static double ExpectedChats(DateOnly day, GeneratorSettings settings) =>
        settings.ChatsPerDay * (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? settings.WeekendLoadFactor : 1.0);

    public static int SampleCount(double mean, Random random)
    {
        if (mean <= 0)
        {
            return 0;
        }

        // Normal approximation of a Poisson count: good from a few dozen chats a day upwards, and cheap at 10,000.
        var count = (int)Math.Round(mean + (Math.Sqrt(mean) * random.Normal()));
        // Chat ids hold five digits per day.
        return Math.Clamp(count, 0, 99_999);
    }

    /// <summary>Start instants of <paramref name="count"/> chats on a local business day, sorted.</summary>
    public static DateTimeOffset[] SampleStarts(DateOnly day, int count, TimeZoneInfo zone, Random random)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var starts = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            var hour = random.PickWeighted(HourWeights);
            var local = midnight.AddHours(hour).AddSeconds(random.Next(3600));
            starts[i] = ToInstant(local, zone);
        }

        Array.Sort(starts, (a, b) => a.UtcTicks.CompareTo(b.UtcTicks));
        return starts;
    }

    /// <summary>A local wall-clock time as an instant with the zone's offset; a time skipped by daylight saving moves an hour on.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
