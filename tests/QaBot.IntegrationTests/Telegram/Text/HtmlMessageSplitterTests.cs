using System.Text;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.TelegramEmulator.Html;

namespace QaBot.IntegrationTests.Telegram.Text;

public sealed class HtmlMessageSplitterTests
{
    [Fact]
    public void Split_KeepsText_WhenUnderLimit()
    {
        Assert.Equal(["<b>short</b>\nreply"], HtmlMessageSplitter.Split("<b>short</b>\nreply"));
    }

    [Fact]
    public void Split_CutsOnLineBoundariesUnderLimit_WhenReplyIsLong()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"• chat {i} · {Html.Escape("<waited> & left")}").ToList();

        var parts = HtmlMessageSplitter.Split(string.Join('\n', lines));

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= HtmlMessageSplitter.TelegramLimit));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void Split_ClosesAndReopensTags_WhenCutFallsInsideThem()
    {
        var body = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"line {i} with some words to fill the message"));
        var html = $"<b>title</b>\n<pre>{body}</pre>";

        var parts = HtmlMessageSplitter.Split(html);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => TelegramHtmlParser.Parse(p)); // every part parses as Telegram HTML on its own
        Assert.StartsWith("<pre>", parts[1], StringComparison.Ordinal);
        Assert.Equal(Html.ToPlainText(html), string.Join('\n', parts.Select(Html.ToPlainText)));
    }

    [Fact]
    public void Split_NeverCutsEntities_WhenOneLineIsLongerThanLimit()
    {
        var line = new StringBuilder();
        while (line.Length < 9000)
        {
            line.Append("a&amp;b&lt;c ");
        }

        var parts = HtmlMessageSplitter.Split(line.ToString());

        Assert.All(parts, p => Assert.True(p.Length <= HtmlMessageSplitter.TelegramLimit));
        Assert.All(parts, p => TelegramHtmlParser.Parse(p));
        Assert.Equal(line.ToString(), string.Concat(parts));
    }
}
