using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>Everything decided about one chat before its messages are written.</summary>
internal sealed record ChatPlan
{
    public required PhraseBook Book { get; init; }

    public required TopicPhrases Topic { get; init; }

    public required ChannelTiming Timing { get; init; }

    public required GeneratedOperator Operator { get; init; }

    public required Party Customer { get; init; }

    public required CatalogueItem Product { get; init; }

    public required string OrderNumber { get; init; }

    public bool BotBeforeOperator { get; init; }

    public bool PurchaseIntent { get; init; }

    public bool SlowFirstResponse { get; init; }

    public bool MissingGreeting { get; init; }

    public bool UnannouncedLongWait { get; init; }

    public bool AnnouncedHold { get; init; }

    /// <summary>Operator messages that end a wait over 60 s leave out the thanks for waiting.</summary>
    public bool OmitThanksForWaiting { get; init; }

    public bool MissingClosing { get; init; }

    public bool UnansweredQuestion { get; init; }

    public bool RudeMessage { get; init; }

    public bool Transfer { get; init; }

    public bool MissedSale { get; init; }

    public bool Converted { get; init; }

    /// <summary>Fills a phrase template for this chat; <paramref name="author"/> names the operator for <c>{operator}</c>.</summary>
    public string Fill(string template, GeneratedOperator? author = null) => template
        .Replace("{name}", Customer.Name, StringComparison.Ordinal)
        .Replace("{operator}", (author ?? Operator).Party.Name, StringComparison.Ordinal)
        .Replace("{order}", OrderNumber, StringComparison.Ordinal)
        .Replace("{product}", Product.Name, StringComparison.Ordinal)
        .Replace("{price}", Book.FormatPrice(Product.Price), StringComparison.Ordinal)
        .Replace("{link}", Book.ShopUrl + Product.Sku, StringComparison.Ordinal);
}
