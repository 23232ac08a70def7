namespace QaBot.Core.Checks;

/// <summary>
/// Signs that an operator message makes an offer (DESIGN §4 <c>missed_sale</c>: link, price) beyond the offer phrase
/// list: a URL, or a price such as "1 990 ₽", "500 руб.", "$19.99", "USD 20", "100元". Hand-written scans, no regex.
/// </summary>
public static class OfferSignals
{
    private const string SymbolsBeforeAmount = "$€£¥₽₹₱₦₩₺₴₸₫฿₪";
    private const string SymbolsAfterAmount = "$€£¥₽₹₱₦₩₺₴₸₫฿₪元円块";
    private static readonly string[] CodesBeforeAmount = ["usd", "rub", "eur", "cny", "rmb"];
    private static readonly string[] WordsAfterAmount = ["р", "usd", "rub", "eur", "cny", "rmb", "грн", "евро", "euro", "euros"];
    private static readonly string[] PrefixesAfterAmount = ["руб", "долл", "dollar", "yuan", "юан"];

    public static bool MakesOffer(string? text) => ContainsUrl(text) || ContainsPrice(text);

    public static bool ContainsUrl(string? text) =>
        text is not null
        && (text.Contains("http://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("www.", StringComparison.OrdinalIgnoreCase));

    /// <summary>Digits with a currency symbol, code or word right after them, or a symbol or code right before them.</summary>
    public static bool ContainsPrice(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsDigit(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsDigit(span[i]))
            {
                i++;
            }

            // "1 990 ₽" and "19.99$" are several digit runs; the run next to the currency is the one that tells.
            if (CurrencyBefore(span[..start]) || CurrencyAfter(span[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CurrencyBefore(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (before.IsEmpty)
        {
            return false;
        }

        if (SymbolsBeforeAmount.Contains(before[^1]))
        {
            return true;
        }

        foreach (var code in CodesBeforeAmount)
        {
            if (before.EndsWith(code, StringComparison.OrdinalIgnoreCase)
                && (before.Length == code.Length || !char.IsLetter(before[^(code.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CurrencyAfter(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.IsEmpty)
        {
            return false;
        }

        if (SymbolsAfterAmount.Contains(after[0]))
        {
            return true;
        }

        var letters = 0;
        while (letters < after.Length && char.IsLetter(after[letters]))
        {
            letters++;
        }

        var word = after[..letters];
        foreach (var exact in WordsAfterAmount)
        {
            if (word.Equals(exact, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var prefix in PrefixesAfterAmount)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
