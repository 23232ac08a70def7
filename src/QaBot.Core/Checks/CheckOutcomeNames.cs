namespace QaBot.Core.Checks;

/// <summary>The wire names of <see cref="CheckOutcome"/> in <c>qabot score</c> output: <c>pass | fail | n/a</c>.</summary>
public static class CheckOutcomeNames
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string NotApplicable = "n/a";

    public static string ToName(this CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => Pass,
        CheckOutcome.Fail => Fail,
        CheckOutcome.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static bool TryParse(string? name, out CheckOutcome outcome)
    {
        switch (name)
        {
            case Pass: outcome = CheckOutcome.Pass; return true;
            case Fail: outcome = CheckOutcome.Fail; return true;
            case NotApplicable: outcome = CheckOutcome.NotApplicable; return true;
            default: outcome = default; return false;
        }
    }
}
