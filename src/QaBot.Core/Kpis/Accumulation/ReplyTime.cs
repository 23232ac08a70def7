namespace QaBot.Core.Kpis.Accumulation;

/// <summary>One reply time (DESIGN §3): a run of customer messages after t1 answered by an operator message.</summary>
/// <param name="Time">From the first customer message of the run to the operator message.</param>
/// <param name="OperatorId">The operator whose message ended the run, when known.</param>
public readonly record struct ReplyTime(TimeSpan Time, string? OperatorId);
