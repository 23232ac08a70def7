using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// Swearing in en/ru/zh, tolerant of the disguises people type to get past filters: symbols or digits in place of
/// letters (f*ck, sh1t, $hit, х*р, бл@, п*зд). Runs on the original text, because normalisation folds the masking
/// characters into word breaks. <c>[^\p{L}\s]{0,2}</c> in the patterns is such a mask: up to two non-letter, non-space
/// characters between letters.
/// </summary>
internal static partial class ProfanityPattern
{
    private const string Latin =
        @"(?<!\p{L})(?:f|ph)(?:[^\p{L}\s]|[uv]){0,4}c?k"
        + @"|[s$][^\p{L}\s]{0,2}h[^\p{L}\s]{0,2}[i1!|*y][^\p{L}\s]{0,2}t(?!\p{L})"
        + @"|(?<!\p{L})b[i1!*][^\p{L}\s]{0,2}tch"
        + @"|(?<!\p{L})a[s$*]{2}(?:h[o0*]le|(?!\p{L}))|(?<!\p{L})arse(?!\p{L})"
        + @"|(?<!\p{L})d[i1*]ck(?:head)?(?!\p{L})|(?<!\p{L})damn|(?<!\p{L})crap(?:py)?(?!\p{L})"
        + @"|(?<!\p{L})(?:wtf|stfu|gtfo|omfg|fml)(?!\p{L})|(?<!\p{L})(?:bastard|cunt|motherf|piss\s+off|bollocks)"
        + @"|(?<![a-z])sb(?![a-z])";

    private const string Cyrillic =
        @"х[^\p{L}\s]{0,2}[уy*][^\p{L}\s]{0,2}[йяеёию*]"
        + @"|(?<!\p{L})(?:на|по|до)?х[е*]р(?:н|ов|ом|а(?!\p{L})|(?!\p{L}))"
        + @"|(?<!\p{L})бл[я@*]"
        + @"|п[^\p{L}\s]{0,2}[иеi1*][^\p{L}\s]{0,2}зд"
        + @"|(?<!\p{L})(?:за|на|по|от|вы|у|до|про|раз|разъ|съ|подъ|въ|при|о|недо|изъ)?[её*][^\p{L}\s]{0,2}б(?:[аеёиклнуы*])"
        + @"|(?<!\p{L})с[уy*]к(?:а|и|ин|ам)(?!\p{L})"
        + @"|(?<!\p{L})муд[аои]?[кл]"
        + @"|(?<!\p{L})(?:обо|за|на|по)?ср[а*ё][тлн]"
        + @"|(?<!\p{L})(?:в|на|из)?ж[о*]п(?:а|у|ой|е|ы)(?!\p{L})"
        + @"|(?<!\p{L})говн|г[ао]нд[оа]н";

    private const string Chinese = "他妈|妈的|操你|卧槽|我靠|傻[逼bB屄]|滚蛋|滚开|给我滚|去死|尼玛|你妈|王八蛋|混蛋";

    /// <summary>Runs only the patterns of the scripts the text is written in: most messages need one of three.</summary>
    public static bool IsMatch(string text)
    {
        var (latin, cyrillic, cjk) = Scripts(text);
        return (latin && LatinRegex.IsMatch(text))
            || (cyrillic && CyrillicRegex.IsMatch(text))
            || (cjk && ChineseRegex.IsMatch(text));
    }

    private static (bool Latin, bool Cyrillic, bool Cjk) Scripts(string text)
    {
        bool latin = false, cyrillic = false, cjk = false;
        foreach (var c in text)
        {
            latin |= char.IsAsciiLetter(c);
            cyrillic |= c is >= '\u0400' and <= '\u04FF';
            cjk |= c >= '\u3400';
        }

        return (latin, cyrillic, cjk);
    }

    [GeneratedRegex(Latin, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LatinRegex { get; }

    [GeneratedRegex(Cyrillic, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CyrillicRegex { get; }

    [GeneratedRegex(Chinese, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChineseRegex { get; }
}
