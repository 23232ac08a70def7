namespace QaBot.Core.Kpis.Accumulation;

/// <summary>How one chat enters <c>fcr_rate</c> (DESIGN §3 FCR).</summary>
public enum FcrOutcome
{
    /// <summary>Outside the rate: unanswered, still open, customer unknown, or its window has not passed yet.</summary>
    NotCounted,

    /// <summary>In the denominator only: transferred, or the customer came back within the window.</summary>
    NotResolved,

    /// <summary>Resolved at first contact.</summary>
    Resolved,
}
