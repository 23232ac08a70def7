using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>Adds per-chat check results (pass | fail | n/a) to pass/fail counts by check name.</summary>
internal static class CheckTally
{
    public static void Add(Dictionary<string, CheckCounts> tally, IReadOnlyDictionary<string, string>? checks)
    {
        if (checks is null)
        {
            return;
        }

        foreach (var (name, result) in checks)
        {
            var counts = string.Equals(result, "pass", StringComparison.OrdinalIgnoreCase) ? new CheckCounts(1, 0)
                : string.Equals(result, "fail", StringComparison.OrdinalIgnoreCase) ? new CheckCounts(0, 1)
                : (CheckCounts?)null;
            if (counts is { } c)
            {
                tally[name] = tally.GetValueOrDefault(name).Add(c);
            }
        }
    }

    public static void Merge(Dictionary<string, CheckCounts> tally, Dictionary<string, CheckCounts> other)
    {
        foreach (var (name, counts) in other)
        {
            tally[name] = tally.GetValueOrDefault(name).Add(counts);
        }
    }
}
