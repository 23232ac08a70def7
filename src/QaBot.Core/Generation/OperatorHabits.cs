namespace QaBot.Core.Generation;

/// <summary>
/// How an operator deviates from the team: each multiplier scales the team-wide rate of that lapse for this operator
/// (the roster rescales so the team rate stays as configured).
/// </summary>
internal sealed record OperatorHabits
{
    public static OperatorHabits Typical { get; } = new();

    public double MissingGreeting { get; init; } = 1;

    public double SlowFirstResponse { get; init; } = 1;

    public double UnannouncedLongWait { get; init; } = 1;

    public double AnnouncedHold { get; init; } = 1;

    public double Rude { get; init; } = 1;

    /// <summary>Probability that a greeting, wait notice or closing is sent as a canned reply.</summary>
    public double CannedShare { get; init; } = 0.04;

    /// <summary>Scales ordinary reply delays; above 1 is slower.</summary>
    public double ReplyPace { get; init; } = 1;
}
