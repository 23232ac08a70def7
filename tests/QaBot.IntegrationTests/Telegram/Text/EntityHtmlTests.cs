using QaBot.Infrastructure.Telegram.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.IntegrationTests.Telegram.Text;

public sealed class EntityHtmlTests
{
    [Fact]
    public void From_RebuildsNestedTagsAndEscapes_WithOffsetsInUtf16()
    {
        // "🚨 Rude <x> · code": the emoji is two UTF-16 units, so "Rude" starts at 3.
        const string text = "🚨 Rude <x> · code";
        MessageEntity[] entities =
        [
            new() { Type = MessageEntityType.Bold, Offset = 3, Length = 8 },
            new() { Type = MessageEntityType.Italic, Offset = 8, Length = 3 },
            new() { Type = MessageEntityType.Code, Offset = 14, Length = 4 },
            new() { Type = MessageEntityType.Mention, Offset = 0, Length = 2 },
        ];

        Assert.Equal("🚨 <b>Rude <i>&lt;x&gt;</i></b> · <code>code</code>", EntityHtml.From(text, entities));
    }

    [Fact]
    public void From_KeepsALinksAddressEscaped_AndPlainTextWithoutEntities()
    {
        MessageEntity[] link = [new() { Type = MessageEntityType.TextLink, Offset = 0, Length = 4, Url = "https://x.test/?a=1&b=\"2\"" }];

        Assert.Equal("<a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">here</a>", EntityHtml.From("here", link));
        Assert.Equal("a &amp; b", EntityHtml.From("a & b", null));
    }
}
