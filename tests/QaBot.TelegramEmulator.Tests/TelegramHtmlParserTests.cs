using QaBot.TelegramEmulator.Html;

namespace QaBot.TelegramEmulator.Tests;

public sealed class TelegramHtmlParserTests
{
    [Fact]
    public void Parse_ReturnsEntitiesInUtf16Offsets_WhenTagsFollowEmoji()
    {
        var parsed = TelegramHtmlParser.Parse("😀 <b>bold <i>both</i></b> <a href=\"https://x.example/?a=1&amp;b=2\">link</a>");

        Assert.Equal("😀 bold both link", parsed.VisibleText);
        Assert.Equal(
            [new TextEntity("bold", 3, 9), new TextEntity("italic", 8, 4), new TextEntity("text_link", 13, 4, Url: "https://x.example/?a=1&b=2")],
            parsed.Entities);
    }

    [Fact]
    public void Parse_ReturnsPreWithLanguage_WhenCodeBlockNamesLanguage()
    {
        var parsed = TelegramHtmlParser.Parse("<pre><code class=\"language-json\">{}</code></pre>");

        Assert.Equal(new TextEntity("pre", 0, 2, Language: "json"), Assert.Single(parsed.Entities));
    }

    [Fact]
    public void Parse_AcceptsEveryTelegramTag_WhenWellFormed()
    {
        const string html = "<b>1</b><strong>2</strong><i>3</i><em>4</em><u>5</u><ins>6</ins><s>7</s><strike>8</strike><del>9</del>" +
            "<span class=\"tg-spoiler\">a</span><tg-spoiler>b</tg-spoiler><code>c</code><pre>d</pre>" +
            "<blockquote expandable>e</blockquote><tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>";

        var parsed = TelegramHtmlParser.Parse(html);

        Assert.Equal("123456789abcde👍", parsed.VisibleText);
        Assert.Contains(new TextEntity("expandable_blockquote", 13, 1), parsed.Entities);
    }

    [Theory]
    [InlineData("&#x1F600;", "😀")]
    [InlineData("&#60;b&#62;", "<b>")]
    [InlineData("5 &gt; 3", "5 > 3")]
    [InlineData("5 > 3", "5 > 3")]
    public void Parse_DecodesCharacterReferences_WhenWellFormed(string html, string visible) =>
        Assert.Equal(visible, TelegramHtmlParser.Parse(html).VisibleText);

    [Theory]
    [InlineData("&nbsp;", "Unsupported HTML entity \"&nbsp;\" at byte offset 0")]
    [InlineData("<br>", "Unsupported start tag \"br\" at byte offset 0")]
    [InlineData("é<b", "Unclosed start tag at byte offset 2")]
    [InlineData("<tg-emoji>x</tg-emoji>", "Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset 0")]
    public void Parse_ThrowsWithTelegramReason_WhenHtmlIsInvalid(string html, string reason)
    {
        var error = Assert.Throws<HtmlEntityParseException>(() => TelegramHtmlParser.Parse(html));

        Assert.Equal(reason, error.Message);
    }
}
