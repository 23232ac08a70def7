namespace QaBot.Core.Kpis.Reports;

/// <summary>How often one quality check passed and failed (n/a results are not counted).</summary>
public readonly record struct CheckCounts(int Pass, int Fail)
{
    public CheckCounts Add(CheckCounts other) => new(Pass + other.Pass, Fail + other.Fail);
}
