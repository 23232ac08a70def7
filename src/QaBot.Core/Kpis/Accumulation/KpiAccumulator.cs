using System.Numerics;
using System.Text.Json.Serialization;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// Additive KPI aggregate of a set of chats: totals, per-channel, per-group and per-operator sums, chat counts per
/// business weekday × hour, and the sums behind the staffing estimate. Partial aggregates (one per day, say) can be
/// stored (<see cref="Reports.KpiJson"/>) and combined with <see cref="Merge"/>; the report built from the merge is
/// exactly the report of one pass over all the chats, provided every part used the same <see cref="KpiContext"/>.
/// </summary>
public sealed class KpiAccumulator
{
    /// <summary>The <c>by_group</c> key of chats that have no group.</summary>
    public const string NoGroupKey = "(none)";

    public const int HoursPerWeek = 7 * 24;

    [JsonInclude] public KpiTotalsAccumulator Totals { get; private set; } = new();

    [JsonInclude] public Dictionary<string, KpiTotalsAccumulator> ByChannel { get; private set; } = new(StringComparer.Ordinal);

    [JsonInclude] public Dictionary<string, KpiTotalsAccumulator> ByGroup { get; private set; } = new(StringComparer.Ordinal);

    [JsonInclude] public Dictionary<string, OperatorAccumulator> ByOperator { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Chats by business weekday (Monday = 0) × hour of t0, at index weekday · 24 + hour.</summary>
    [JsonInclude] public int[] ChatsByWeekdayHour { get; private set; } = new int[HoursPerWeek];

    /// <summary>Arrivals of live channels (all but email) by business hour of t0: the load staffing must carry.</summary>
    [JsonInclude] public int[] StaffingArrivals { get; private set; } = new int[24];

    [JsonInclude] public long[] StaffingHandleTicks { get; private set; } = new long[24];

    [JsonInclude] public int[] StaffingHandleCount { get; private set; } = new int[24];

    /// <summary>Business days (day numbers) with live-channel arrivals: staffing averages over these, not calendar days.</summary>
    [JsonInclude] public SortedSet<int> StaffingDays { get; private set; } = [];

    public void Add(ChatKpiFacts chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        Totals.Add(chat);
        Slice(ByChannel, chat.Channel).Add(chat);
        Slice(ByGroup, chat.Group ?? NoGroupKey).Add(chat);
        foreach (var me in chat.Operators)
        {
            OperatorSlice(me.OperatorId).Add(chat, me);
        }

        var hour = chat.LocalStart.Hour;
        ChatsByWeekdayHour[(BusinessTime.IsoWeekdayIndex(chat.LocalStart) * 24) + hour]++;
        if (chat.Channel != Channels.Email)
        {
            StaffingArrivals[hour]++;
            StaffingDays.Add(chat.BusinessDay.DayNumber);
            if (chat.HandleTime is { } handle)
            {
                StaffingHandleTicks[hour] += handle.Ticks;
                StaffingHandleCount[hour]++;
            }
        }
    }

    public void Merge(KpiAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Totals.Merge(other.Totals);
        foreach (var (channel, totals) in other.ByChannel)
        {
            Slice(ByChannel, channel).Merge(totals);
        }

        foreach (var (group, totals) in other.ByGroup)
        {
            Slice(ByGroup, group).Merge(totals);
        }

        foreach (var (id, op) in other.ByOperator)
        {
            OperatorSlice(id).Merge(op);
        }

        AddInto(ChatsByWeekdayHour, other.ChatsByWeekdayHour);
        AddInto(StaffingArrivals, other.StaffingArrivals);
        AddInto(StaffingHandleCount, other.StaffingHandleCount);
        AddInto(StaffingHandleTicks, other.StaffingHandleTicks);
        StaffingDays.UnionWith(other.StaffingDays);
    }

    /// <summary>Chats by business hour of t0 (DESIGN §5 <c>by_hour</c>).</summary>
    public int[] ChatsByHour()
    {
        var byHour = new int[24];
        for (var i = 0; i < HoursPerWeek; i++)
        {
            byHour[i % 24] += ChatsByWeekdayHour[i];
        }

        return byHour;
    }

    private static KpiTotalsAccumulator Slice(Dictionary<string, KpiTotalsAccumulator> slices, string key)
    {
        if (!slices.TryGetValue(key, out var slice))
        {
            slices[key] = slice = new KpiTotalsAccumulator();
        }

        return slice;
    }

    private OperatorAccumulator OperatorSlice(string operatorId)
    {
        if (!ByOperator.TryGetValue(operatorId, out var slice))
        {
            ByOperator[operatorId] = slice = new OperatorAccumulator(operatorId);
        }

        return slice;
    }

    private static void AddInto<T>(T[] target, T[] source)
        where T : INumber<T>
    {
        if (source.Length != target.Length)
        {
            throw new ArgumentException($"Expected {target.Length} buckets, got {source.Length}.", nameof(source));
        }

        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
