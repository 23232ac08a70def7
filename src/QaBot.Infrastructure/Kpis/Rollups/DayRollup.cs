namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>One computed business day, ready to store: every slice, and what it was computed with.</summary>
/// <param name="Generation">The day's generation when its computation started; a newer one means it changed meanwhile.</param>
/// <param name="Fingerprint">Zone and settings the day was computed with (<see cref="KpiRollupService.Fingerprint"/>).</param>
/// <param name="SettlesAt">See <see cref="BusinessDayInput.SettlesAt"/>.</param>
/// <param name="Horizon">When other days' chats can still change its FCR (<see cref="DirtyDays"/>).</param>
public sealed record DayRollup(
    DateOnly Day,
    long Generation,
    string Fingerprint,
    DateTimeOffset ComputedAt,
    DateTimeOffset? SettlesAt,
    FcrHorizon Horizon,
    IReadOnlyList<StoredSlice> Slices);
