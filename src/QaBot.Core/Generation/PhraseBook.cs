namespace QaBot.Core.Generation;

/// <summary>
/// Everything said in one language's synthetic chats. Templates use <c>{name}</c> (customer), <c>{operator}</c>,
/// <c>{order}</c>, <c>{product}</c>, <c>{price}</c> and <c>{link}</c>.
/// </summary>
internal sealed record PhraseBook
{
    public required string Language { get; init; }

    /// <summary>Joins sentences of one message: a space, or nothing for Chinese.</summary>
    public required string SentenceSeparator { get; init; }

    public required Func<decimal, string> FormatPrice { get; init; }

    public required IReadOnlyList<string> CustomerNames { get; init; }

    public required IReadOnlyList<string> CustomerHellos { get; init; }

    /// <summary>"Hello? Anyone there?" while waiting.</summary>
    public required IReadOnlyList<string> CustomerNudges { get; init; }

    /// <summary>Second or third message of a customer run: "Please advise.", "It's urgent."</summary>
    public required IReadOnlyList<string> CustomerRunAddOns { get; init; }

    /// <summary>"OK, I'll wait."</summary>
    public required IReadOnlyList<string> CustomerAcks { get; init; }

    public required IReadOnlyList<string> CustomerThanks { get; init; }

    public required IReadOnlyList<string> CustomerPurchaseOpeners { get; init; }

    /// <summary>Questions of a customer who wants to buy, with answers that make no offer themselves.</summary>
    public required IReadOnlyList<Exchange> PurchaseFollowUps { get; init; }

    public required IReadOnlyList<string> CustomerOrderPlaced { get; init; }

    public required IReadOnlyList<string> OperatorGreetings { get; init; }

    public required IReadOnlyList<string> WaitNotices { get; init; }

    public required IReadOnlyList<string> ThanksForWaiting { get; init; }

    /// <summary>Offers of further help ("anything else I can help with?").</summary>
    public required IReadOnlyList<string> Closings { get; init; }

    /// <summary>Goodbyes that also count as a closing ("have a nice day").</summary>
    public required IReadOnlyList<string> Farewells { get; init; }

    /// <summary>An operator's last reply to the customer's last word, with no closing ("Got it.").</summary>
    public required IReadOnlyList<string> PlainConfirmations { get; init; }

    /// <summary>Opens the answer after a hold or a long wait: "I've checked."</summary>
    public required IReadOnlyList<string> CheckedPrefixes { get; init; }

    /// <summary>Price, link and order: what the missed-sale check looks for.</summary>
    public required IReadOnlyList<string> Offers { get; init; }

    /// <summary>Answers to a purchase question that make no offer.</summary>
    public required IReadOnlyList<string> NoOfferAnswers { get; init; }

    public required IReadOnlyList<string> RudeLines { get; init; }

    public required IReadOnlyList<string> TransferNotices { get; init; }

    /// <summary>The operator who takes a transferred chat introduces themselves (<c>{operator}</c>).</summary>
    public required IReadOnlyList<string> TransferIntros { get; init; }

    public required IReadOnlyList<string> BotQueueNotices { get; init; }

    /// <summary>Canned first replies, identical in every chat of the operator (<c>{operator}</c> only).</summary>
    public required IReadOnlyList<string> CannedGreetings { get; init; }

    /// <summary>An operator writes first: order ready, follow-up on a request.</summary>
    public required IReadOnlyList<string> OutboundMessages { get; init; }

    public required IReadOnlyList<CatalogueItem> Catalogue { get; init; }

    public required string ShopUrl { get; init; }

    public required IReadOnlyDictionary<string, TopicPhrases> Topics { get; init; }

    public string Join(params IEnumerable<string> sentences) =>
        string.Join(SentenceSeparator, sentences.Where(s => s.Length > 0));
}
