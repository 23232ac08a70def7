namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>English sales-intent cues for customer messages. <c>word*</c> is a prefix.</summary>
internal static class EnglishSalesIntentPhrases
{
    public static IReadOnlyDictionary<SalesIntentCue, string[]> Phrases { get; } = new Dictionary<SalesIntentCue, string[]>
    {
        [SalesIntentCue.Price] =
        [
            "price*", "pricing", "cost", "costs", "how much", "what does", "go for", "quote", "rate", "rates", "fee",
            "fees", "cheap*", "expensive", "budget", "under", "$", "£", "€",
        ],
        [SalesIntentCue.Availability] =
        [
            "in stock", "available", "availability", "do you have", "have you got", "do you sell", "do you carry",
            "any left", "left in", "back in stock", "restock*", "pre order", "preorder", "is there", "in red",
            "in black", "in white", "in blue", "in size",
        ],
        [SalesIntentCue.Delivery] =
        [
            "deliver*", "ship to", "shipping to", "ship it", "click and collect", "pick up in", "pickup in", "collect",
            "courier", "same day", "next day", "express", "to my door", "how long does delivery",
        ],
        [SalesIntentCue.Payment] =
        [
            "pay by", "pay with", "pay in", "payment option*", "instalment*", "installment*", "split the payment",
            "paypal", "credit", "invoice", "cash on delivery", "gift card", "card on delivery", "finance", "financing",
        ],
        [SalesIntentCue.Purchase] =
        [
            "buy", "buying", "purchase", "order the", "i want to order", "i d like to order", "i ll take", "i ll buy",
            "i want to get", "getting the", "sign up", "subscribe", "upgrade", "book", "reserve", "let s go with",
            "i want the", "i d like the", "add to", "checkout", "switch to you", "about to buy", "ready to buy",
            "thinking of getting", "want to buy", "plan to buy",
        ],
        [SalesIntentCue.ProductChoice] =
        [
            "which one", "difference between", "compare", "recommend*", "suggest", "size", "colour", "color",
            "model", "version", "edition", "bundle", "plan", "plans", "options", "warranty included", "specs",
            "gift for", "decide", "better for",
        ],
        [SalesIntentCue.Discount] = ["discount*", "promo*", "coupon*", "code for", "sale", "deal", "deals", "offer*", "bulk", "cheaper", "black friday"],
        [SalesIntentCue.AfterSale] =
        [
            "where is my order", "my order", "order status", "tracking", "track", "already bought", "already paid",
            "i bought", "i ordered", "bought from you", "return", "returns", "refund*", "exchange", "cancel*",
            "warranty claim", "claim the warranty", "repair*", "replacement", "shipped yet", "hasn t arrived",
            "not arrived", "never arrived", "update on order", "order history", "pick up the", "still waiting",
        ],
        [SalesIntentCue.Complaint] =
        [
            "broken", "broke", "damaged", "scratched", "doesn t work", "stopped working", "not working", "faulty",
            "wrong item", "missing", "late", "rude", "terrible", "never buying", "disappointed", "complaint",
            "compensation", "opened", "cold", "down since", "charged twice", "doesn t fit", "don t fit",
        ],
        [SalesIntentCue.Account] =
        [
            "password", "log in", "login", "account", "verification code", "email", "e mail", "profile", "app",
            "wi fi", "connect", "reset", "settings", "number", "address", "roaming", "unsubscribe",
        ],
    };
}
