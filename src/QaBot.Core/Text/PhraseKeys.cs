namespace QaBot.Core.Text;

/// <summary>The phrase lists of config/rules/&lt;lang&gt;.json.</summary>
public static class PhraseKeys
{
    public const string Greeting = "greeting";
    public const string WaitNotice = "wait_notice";
    public const string ThanksForWaiting = "thanks_for_waiting";
    public const string Closing = "closing";

    /// <summary>A thanks that closes a chat when it is the last sentence on its own ("Thank you!", "Спасибо!"), not in a longer one.</summary>
    public const string Thanks = "thanks";
    public const string Offer = "offer";

    /// <summary>A refusal or a deferral ("unfortunately", "sold out", "не принимаем", "уточняйте по телефону"): an offer phrase in the same sentence makes no offer.</summary>
    public const string NoOffer = "no_offer";
    public const string PurchaseIntent = "purchase_intent";

    /// <summary>Refunds, returns, cancellations, complaints: a message about something already bought shows no purchase intent.</summary>
    public const string AfterSale = "after_sale";
    public const string Question = "question";
    public const string Rude = "rude";

    public static IReadOnlyList<string> All { get; } =
        [Greeting, WaitNotice, ThanksForWaiting, Closing, Thanks, Offer, NoOffer, PurchaseIntent, AfterSale, Question, Rude];
}
