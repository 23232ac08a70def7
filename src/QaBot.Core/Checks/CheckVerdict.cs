namespace QaBot.Core.Checks;

/// <summary>One check's outcome with the ids of the messages that show a failure.</summary>
internal readonly record struct CheckVerdict(CheckOutcome Outcome, IReadOnlyList<string> Evidence)
{
    public static CheckVerdict NotApplicable { get; } = new(CheckOutcome.NotApplicable, []);

    public static CheckVerdict Pass { get; } = new(CheckOutcome.Pass, []);

    public static CheckVerdict Fail(params IReadOnlyList<string> evidence) => new(CheckOutcome.Fail, evidence);

    /// <summary>Fails with the evidence when there is any, passes otherwise.</summary>
    public static CheckVerdict FailIfAny(IReadOnlyList<string> evidence) => evidence.Count > 0 ? Fail(evidence) : Pass;
}
