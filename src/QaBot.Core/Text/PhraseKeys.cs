namespace QaBot.Core.Text;

/// <summary>The phrase lists of config/rules/&lt;lang&gt;.json.</summary>
public static class PhraseKeys
{
    public const string Greeting = "greeting";
    public const string WaitNotice = "wait_notice";
    public const string ThanksForWaiting = "thanks_for_waiting";
    public const string Closing = "closing";
    public const string Offer = "offer";
    public const string PurchaseIntent = "purchase_intent";

    /// <summary>Refunds, returns, cancellations, complaints: a message about something already bought shows no purchase intent.</summary>
    public const string AfterSale = "after_sale";
    public const string Question = "question";
    public const string Rude = "rude";

    public static IReadOnlyList<string> All { get; } =
        [Greeting, WaitNotice, ThanksForWaiting, Closing, Offer, PurchaseIntent, AfterSale, Question, Rude];
}
