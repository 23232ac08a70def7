using QaBot.Core.Kpis;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Names of the stored slices of a day: all chats, the chats of one group, the chats one operator handled.
/// Groups match case-insensitively in <see cref="KpiEngine"/>'s filter, so a group's slice is keyed by its
/// upper-invariant form (the mapping ordinal-ignore-case comparison uses).
/// </summary>
public static class RollupSlice
{
    public const string All = "all";

    public static string Group(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return "group:" + group.ToUpperInvariant();
    }

    public static string Operator(string operatorId)
    {
        ArgumentNullException.ThrowIfNull(operatorId);
        return "operator:" + operatorId;
    }

    /// <summary>The slice that answers <paramref name="request"/>, or null when none does (a group and an operator at once).</summary>
    public static string? For(KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.Group, request.OperatorId) switch
        {
            (null, null) => All,
            ({ } group, null) => Group(group),
            (null, { } op) => Operator(op),
            _ => null,
        };
    }
}
