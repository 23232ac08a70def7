namespace QaBot.Core.Checks;

/// <summary>The result of one check (DESIGN §4): <c>pass | fail | n/a</c>.</summary>
public enum CheckOutcome
{
    NotApplicable,
    Pass,
    Fail,
}
