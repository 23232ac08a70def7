namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// A usable stored day as read for a report: the slice's JSON (the whole aggregate in the period, the totals alone in
/// the previous period) and its packed spans. Both are null when the day is valid but no chat fell in the slice.
/// </summary>
public sealed record StoredDay(DateOnly Day, string? Json, byte[]? Spans, FcrHorizon Horizon);
