namespace QaBot.Core.Generation;

/// <summary>A product the sales group offers, with its price in the language's currency.</summary>
internal sealed record CatalogueItem(string Name, decimal Price, string Sku);
