namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// One row of <c>kpi_dirty_hours</c>: a chat or quality result changed. Hours are Unix microseconds divided by an hour
/// (SQL integer division): <paramref name="Hour"/> of the chat's <c>started_at</c>, <paramref name="NewestHour"/> of its
/// newest message.
/// </summary>
public readonly record struct DirtyMark(long Hour, long NewestHour, DirtyScope Scope);
