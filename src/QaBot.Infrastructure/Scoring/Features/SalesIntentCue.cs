namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// What a customer message is about, for the sales-intent model: the pre-purchase topics (price, stock, delivery
/// options, payment, buying, choosing, discounts) against the after-sale ones (where is my order, returns, faults).
/// </summary>
internal enum SalesIntentCue
{
    Price,
    Availability,
    Delivery,
    Payment,
    Purchase,
    ProductChoice,
    Discount,
    AfterSale,
    Complaint,
    Account,
}
