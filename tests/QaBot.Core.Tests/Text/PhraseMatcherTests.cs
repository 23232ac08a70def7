using CsCheck;
using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class PhraseMatcherTests
{
    [Theory]
    [InlineData("Добрый день, Анна!", true)]
    [InlineData("ДОБРЫЙ   ДЕНЬ", true)]
    [InlineData("день добрый", false)]
    [InlineData("добрый и хороший день", false)]
    [InlineData("добрыйдень", false)]
    public void IsMatch_NeedsConsecutiveWords_WhenThePhraseHasSeveral(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["добрый день"]).IsMatch(text));

    [Theory]
    [InlineData("Hi there!", true)]
    [InlineData("This is it", false)]
    [InlineData("hint", false)]
    public void IsMatch_MatchesWholeWordsOnly_WhenAWordIsPartOfAnother(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["hi"]).IsMatch(text));

    [Theory]
    [InlineData("Подождите, пожалуйста", true)]
    [InlineData("Можете подождать минуту?", true)]
    [InlineData("подожд", true)]
    [InlineData("пожалуйста подо", false)]
    public void IsMatch_MatchesAnyEnding_WhenTheWordEndsWithAStar(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["подожд*"]).IsMatch(text));

    [Fact]
    public void IsMatch_MatchesPrefixInsideAPhrase_WhenALaterWordHasAStar() =>
        Assert.True(new PhraseMatcher(["спасибо за ожидани*"]).IsMatch("Спасибо за ожидание!"));

    [Theory]
    [InlineData("здраствуйте")]   // deletion
    [InlineData("здравствуйтее")] // insertion
    [InlineData("здравствуфте")]  // substitution
    [InlineData("здравстувйте")]  // adjacent swap
    [InlineData("Здраствуйте!")]  // after normalisation
    public void IsMatch_ToleratesOneTypo_WhenTheWordHasSixLettersOrMore(string text) =>
        Assert.True(new PhraseMatcher(["здравствуйте"]).IsMatch(text));

    [Theory]
    [InlineData("здрствуте")]     // two deletions
    [InlineData("вдравствуйтее")] // substitution and insertion
    public void IsMatch_RejectsTwoTypos_WhenTheWordIsLong(string text) =>
        Assert.False(new PhraseMatcher(["здравствуйте"]).IsMatch(text));

    [Fact]
    public void IsMatch_RequiresExactShortWords_WhenTheWordHasFewerThanSixLetters() =>
        Assert.False(new PhraseMatcher(["hello"]).IsMatch("hallo"));

    [Theory]
    [InlineData("thanks for wiating", true)]
    [InlineData("thanks for patience", false)]
    public void IsMatch_ToleratesATypoInALaterWord_WhenThePhraseHasSeveralWords(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["thanks for waiting"]).IsMatch(text));

    [Fact]
    public void IsMatch_ToleratesATypoInALongPrefix_WhenTheWordEndsWithAStar() =>
        Assert.True(new PhraseMatcher(["благодар*"]).IsMatch("Блогодарим за ожидание"));

    [Theory]
    [InlineData("您好！请稍等一下。", true)]
    [InlineData("好的，请稍等", true)]
    [InlineData("请 稍等", false)]
    [InlineData("稍等", false)]
    public void IsMatch_MatchesCjkAsASubstring_WhenThePhraseIsChinese(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["请稍等"]).IsMatch(text));

    [Theory]
    [InlineData("Only $20", true)]
    [InlineData("Only 20", false)]
    public void IsMatch_LooksForSymbolsInTheOriginalText_WhenThePhraseIsOnlySymbols(string text, bool expected) =>
        Assert.Equal(expected, new PhraseMatcher(["$"]).IsMatch(text));

    [Fact]
    public void IsMatch_IgnoresPunctuationInThePhrase_WhenTheListWritesIt() =>
        Assert.True(new PhraseMatcher(["Anything else?", "Чем ещё могу помочь?"]).IsMatch("чем еще могу помочь"));

    [Fact]
    public void IsMatch_ReturnsFalse_WhenTheListIsEmpty()
    {
        Assert.False(PhraseMatcher.Empty.IsMatch("anything"));
        Assert.False(new PhraseMatcher(["", "  "]).IsMatch("anything"));
    }

    [Fact]
    public void FindAll_ReturnsEveryPhraseFoundInListOrder_WhenSeveralMatch()
    {
        var matcher = new PhraseMatcher(["хорошего дня", "спасиб*", "до свидания", "请稍等"]);

        var found = matcher.FindAll(TextNormalizer.Prepare("Спасибо! До свидания и хорошего дня"));

        Assert.Equal(["хорошего дня", "спасиб*", "до свидания"], found);
    }

    [Fact]
    public void IsMatch_AgreesWithDamerauLevenshtein_ForLongWordsAndTheirNearMisses()
    {
        // The text is the phrase after up to two random edits, so distances 0, 1 and 2 all come up often.
        var edit = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 9], Gen.Char["abc"]);
        var gen = Gen.Select(Gen.Char["abc"].Array[8, 11], edit, edit)
            .Select((chars, first, second) =>
            {
                var phrase = new string(chars);
                return (phrase, Edit(Edit(phrase, first), second));
            });

        gen.Sample((phrase, text) =>
            Assert.Equal(OptimalStringAlignment(phrase, text) <= 1, new PhraseMatcher([phrase]).IsMatch(text)));
    }

    [Theory]
    [InlineData("booked", "I looked into it", false)]
    [InlineData("booked you in", "I've boked you in for 3pm", true)]
    [InlineData("здравствуйте", "здраствуйте, подскажите", true)]
    public void IsMatch_ToleratesATypoInAOneWordPhrase_OnlyWhenTheWordIsLong(string phrase, string text, bool expected)
    {
        Assert.Equal(expected, new PhraseMatcher([phrase]).IsMatch(text));
    }

    private static string Edit(string word, (int Kind, int Position, char Letter) edit)
    {
        var at = edit.Position % word.Length;
        return edit.Kind switch
        {
            0 => word.Insert(at, edit.Letter.ToString()),
            1 => word.Remove(at, 1),
            2 => string.Concat(word.AsSpan(0, at), edit.Letter.ToString(), word.AsSpan(at + 1)),
            3 when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), $"{word[at + 1]}{word[at]}", word.AsSpan(at + 2)),
            _ => word,
        };
    }

    // Reference: the textbook dynamic-programming distance (adjacent transpositions included).
    private static int OptimalStringAlignment(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
