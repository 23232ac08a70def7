namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>One stored slice of a day: the aggregate without spans, its totals alone, and the packed spans.</summary>
public sealed record StoredSlice(string Slice, string AccumulatorJson, string TotalsJson, byte[] Spans);
