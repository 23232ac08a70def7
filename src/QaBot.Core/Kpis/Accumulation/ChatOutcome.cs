namespace QaBot.Core.Kpis.Accumulation;

/// <summary>The four mutually exclusive states of an inbound chat (DESIGN §3), evaluated at <c>now</c>.</summary>
public enum ChatOutcome
{
    /// <summary>An operator wrote after t0 (open or ended).</summary>
    Answered,

    /// <summary>Unanswered and ended within the short-abandon threshold of t0.</summary>
    ShortAbandon,

    /// <summary>Unanswered, ended, not a short abandon.</summary>
    Missed,

    /// <summary>Unanswered and still open.</summary>
    Waiting,

    /// <summary>Unanswered, started and ended outside business hours (<c>Sla:BusinessHoursOnly</c> only): not missed.</summary>
    AfterHours,
}
