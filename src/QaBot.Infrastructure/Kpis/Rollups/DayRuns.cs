namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>Groups days into runs of consecutive days, so each run is read from the store in one ordered pass.</summary>
internal static class DayRuns
{
    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public static IEnumerable<(DateOnly First, DateOnly Last)> Of(IEnumerable<DateOnly> days)
    {
        DateOnly? first = null, last = null;
        foreach (var day in days.Distinct().Order())
        {
            if (last is { } l && day == l.AddDays(1))
            {
                last = day;
                continue;
            }

            if (first is { } f)
            {
                yield return (f, last!.Value);
            }

            first = last = day;
        }

        if (first is { } start)
        {
            yield return (start, last!.Value);
        }
    }
}
