namespace QaBot.Core.Definitions;

/// <summary>The thresholds DESIGN §3 names, with its defaults.</summary>
public sealed record DefinitionSettings
{
    public static DefinitionSettings Default { get; } = new();

    /// <summary><c>Kpi:InactivityTimeoutMinutes</c>: a chat without <c>ended_at</c> ends at its last message once this much time has passed.</summary>
    public TimeSpan InactivityTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary><c>Kpi:ShortAbandonSeconds</c>.</summary>
    public TimeSpan ShortAbandon { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Sla:AnswerWithinSeconds</c> per channel; channels not listed use <see cref="DefaultAnswerWithin"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> AnswerWithin { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        ["chat"] = TimeSpan.FromSeconds(20),
        ["messenger"] = TimeSpan.FromSeconds(20),
        ["call"] = TimeSpan.FromSeconds(20),
        ["email"] = TimeSpan.FromSeconds(14400),
    };

    public TimeSpan DefaultAnswerWithin { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Set when <c>Sla:BusinessHoursOnly</c> is on: waits count open time only and a chat that started and ended
    /// unanswered while closed is after hours. Null (the default) counts every hour.
    /// </summary>
    public BusinessHours? BusinessHours { get; init; }

    public TimeSpan AnswerWithinFor(string channel) =>
        AnswerWithin.TryGetValue(channel, out var t) ? t : DefaultAnswerWithin;
}
