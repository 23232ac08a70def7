namespace QaBot.Core.Checks;

/// <summary>The quality checks of DESIGN §4, by their wire names, in the order results list them.</summary>
public static class CheckNames
{
    public const string Greeting = "greeting";
    public const string FirstResponseSla = "first_response_sla";
    public const string WaitNotice = "wait_notice";
    public const string ThanksForWaiting = "thanks_for_waiting";
    public const string Closing = "closing";
    public const string UnansweredQuestion = "unanswered_question";
    public const string Politeness = "politeness";
    public const string MissedSale = "missed_sale";

    public static IReadOnlyList<string> All { get; } =
        [Greeting, FirstResponseSla, WaitNotice, ThanksForWaiting, Closing, UnansweredQuestion, Politeness, MissedSale];
}
