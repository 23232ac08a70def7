namespace QaBot.Core.Kpis;

/// <summary>Instants on the business clock. Conversion goes instant by instant, so DST changes are honoured.</summary>
public static class BusinessTime
{
    /// <summary>The wall-clock time of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The first instant of a business day (midnight, or the first valid time when DST skips it).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) =>
        ToInstant(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    /// <summary>
    /// The instant of a wall-clock time: a time DST skips moves on to the first valid one, an ambiguous time (clocks set
    /// back) is its earlier occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // The earlier occurrence of an ambiguous time has the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The IANA name of the zone where one is known (DESIGN §5 <c>timezone</c>).</summary>
    public static string IanaId(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
    }

    /// <summary>ISO weekday index, Monday = 0 … Sunday = 6.</summary>
    public static int IsoWeekdayIndex(DateTime local) => ((int)local.DayOfWeek + 6) % 7;
}
