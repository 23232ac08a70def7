namespace QaBot.Infrastructure.Telegram.Periods;

/// <summary>A period argument that is written like a period but cannot be one (<see cref="PeriodParser.Problem"/>).</summary>
public enum PeriodProblem
{
    /// <summary>A range whose end is before its start ("2026-11-30..2026-11-01").</summary>
    Reversed,

    /// <summary>More than <see cref="PeriodParser.MaxDays"/> days (or a day of minutes).</summary>
    TooLong,
}
