using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis;

/// <summary>The thresholds the KPI formulas of DESIGN §3 and §5 depend on, with DESIGN's defaults.</summary>
public sealed record KpiSettings
{
    private readonly TimeSpan? targetAnswerTime;

    public static KpiSettings Default { get; } = new();

    /// <summary>Start, first response, end, short abandon and the per-channel SLA thresholds.</summary>
    public DefinitionSettings Definitions { get; init; } = DefinitionSettings.Default;

    /// <summary><c>Kpi:FcrWindowDays</c>: a repeat contact within this many days after a chat's end undoes its FCR.</summary>
    public int FcrWindowDays { get; init; } = 7;

    /// <summary><c>Rules:CannedMinUses</c>: an operator text repeated in this many distinct chats counts as canned.</summary>
    public int CannedMinUses { get; init; } = 5;

    /// <summary>The service-level target the staffing estimate aims for (the classic 80 %).</summary>
    public double ServiceLevelTarget { get; init; } = 0.8;

    /// <summary>The answer time <c>T</c> the staffing estimate aims for; defaults to the chat channel's SLA.</summary>
    public TimeSpan TargetAnswerTime
    {
        get => targetAnswerTime ?? Definitions.AnswerWithinFor(Channels.Chat);
        init => targetAnswerTime = value;
    }

    /// <summary>How many of the busiest weekday × hour cells <c>peak_hours.top</c> lists.</summary>
    public int PeakHoursTop { get; init; } = 3;

    public TimeSpan FcrWindow => TimeSpan.FromDays(FcrWindowDays);

    /// <summary>Throws when a value would make a formula meaningless (e.g. a 100 % target Erlang C can never reach).</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Definitions);
        ArgumentOutOfRangeException.ThrowIfNegative(FcrWindowDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(CannedMinUses, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PeakHoursTop);
        if (ServiceLevelTarget is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ServiceLevelTarget), ServiceLevelTarget, "The service-level target must be between 0 and 1, exclusive.");
        }

        if (TargetAnswerTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetAnswerTime), TargetAnswerTime, "The target answer time cannot be negative.");
        }
    }
}
