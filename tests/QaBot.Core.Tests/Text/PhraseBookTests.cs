using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class PhraseBookTests
{
    private static readonly PhraseBook Book = new(new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
    {
        ["ru"] = new Dictionary<string, IReadOnlyList<string>> { [PhraseKeys.Greeting] = ["здравствуйте"] },
        ["EN"] = new Dictionary<string, IReadOnlyList<string>> { [PhraseKeys.Greeting] = ["hello"] },
    });

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en_US", "en")]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void ResolveLanguage_ReturnsTheBooksCode_WhenItHasListsForTheLanguage(string? tag, string? expected) =>
        Assert.Equal(expected, Book.ResolveLanguage(tag));

    [Fact]
    public void Matches_UsesOnlyThatLanguage_WhenTheLanguageIsKnown()
    {
        Assert.True(Book.Matches(PhraseKeys.Greeting, "Hello!", "en"));
        Assert.False(Book.Matches(PhraseKeys.Greeting, "Здравствуйте!", "en"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr")]
    public void Matches_UsesEveryLanguage_WhenTheLanguageIsUnknown(string? language)
    {
        Assert.True(Book.Matches(PhraseKeys.Greeting, "Hello!", language));
        Assert.True(Book.Matches(PhraseKeys.Greeting, "Здравствуйте!", language));
    }

    [Fact]
    public void Matches_ReturnsFalse_WhenTheKeyHasNoList() =>
        Assert.False(Book.Matches(PhraseKeys.Rude, "hello", "en"));

    [Fact]
    public void Find_ReturnsThePhrasesAsWritten_WhenTheyMatch() =>
        Assert.Equal(["здравствуйте"], Book.Find(PhraseKeys.Greeting, TextNormalizer.Prepare("ЗДРАВСТВУЙТЕ"), "ru"));
}
