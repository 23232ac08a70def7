using QaBot.Core.Kpis.Accumulation;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// One business day summed three ways: all chats, per group, per operator handled. A chat enters a slice exactly
/// when <see cref="Core.Kpis.KpiEngine.Accumulate"/> would count it under that filter (group ignoring case, operator
/// when they wrote in it), so a period filtered by group or operator can be merged from stored days.
/// </summary>
internal sealed class RollupSlices
{
    public Dictionary<string, KpiAccumulator> BySlice { get; } = new(StringComparer.Ordinal) { [RollupSlice.All] = new KpiAccumulator() };

    public int Chats { get; private set; }

    public void Add(ChatKpiFacts facts)
    {
        Chats++;
        BySlice[RollupSlice.All].Add(facts);
        if (facts.Group is { } group)
        {
            SliceFor(RollupSlice.Group(group)).Add(facts);
        }

        foreach (var id in facts.Operators.Select(o => o.OperatorId).Distinct(StringComparer.Ordinal))
        {
            SliceFor(RollupSlice.Operator(id)).Add(facts);
        }
    }

    private KpiAccumulator SliceFor(string slice)
    {
        if (!BySlice.TryGetValue(slice, out var accumulator))
        {
            BySlice[slice] = accumulator = new KpiAccumulator();
        }

        return accumulator;
    }
}
